package org.ipcollab.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One inbox item as the API and the live stream show it; {@code readAt} is null while unread, {@code acknowledgedAt}
 * while not acknowledged; {@code seq} is the department's stream sequence; {@code dueDate} the date the event says the
 * next step is due (may be null); {@code caseLink} the case's path in case-service.
 */
public record InboxItemResponse(UUID id, long seq, String eventId, String eventType, UUID caseId, String caseLink,
        String district, String titleZh, String titleEn, String summaryZh, String summaryEn, LocalDate dueDate,
        Instant createdAt, Instant readAt, Instant acknowledgedAt, String acknowledgedBy) {

    static InboxItemResponse of(InboxItemEntity e) {
        return new InboxItemResponse(e.id, e.seq, e.eventId, e.eventType, e.caseId, "/cases/" + e.caseId, e.district,
                e.titleZh, e.titleEn, e.summaryZh, e.summaryEn, e.dueDate, e.createdAt, e.readAt, e.acknowledgedAt,
                e.acknowledgedBy);
    }
}
