package org.ipcollab.cases.partnerfeed;

import java.time.Instant;

/**
 * The latest status a partner service published for a case: its code and labels as the partner sent them, the event it
 * came from and when that happened.
 */
public record PartnerStatusView(PartnerSource source, String sourceZh, String sourceEn, String status,
        String statusZh, String statusEn, String eventType, String eventId, Instant occurredAt, Instant recordedAt) {
}
