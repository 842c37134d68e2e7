package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 协查超期未答复 — schema docs/events/assistance-request-overdue.v1.schema.json (district = the assisting district that has not answered). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record AssistanceRequestOverdue(UUID requestId, UUID agreementId, String district, String fromDistrict, String kind, Instant sentAt, Instant dueAt, Instant detectedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.assistance-request-overdue.v1";

    @Override
    public UUID aggregateId() {
        return requestId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
