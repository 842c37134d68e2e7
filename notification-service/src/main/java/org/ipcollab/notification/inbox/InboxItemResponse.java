package org.ipcollab.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** One inbox item as the API shows it; {@code readAt} is null while unread. */
public record InboxItemResponse(UUID id, String eventId, String eventType, UUID caseId, String district, String titleZh,
        String titleEn, String summaryZh, String summaryEn, Instant createdAt, Instant readAt) {

    static InboxItemResponse of(InboxItemEntity e) {
        return new InboxItemResponse(e.id, e.eventId, e.eventType, e.caseId, e.district, e.titleZh, e.titleEn,
                e.summaryZh, e.summaryEn, e.createdAt, e.readAt);
    }
}
