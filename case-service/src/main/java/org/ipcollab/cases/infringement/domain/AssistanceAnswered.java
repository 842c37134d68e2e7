package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 协查答复 — schema docs/events/assistance-answered.v1.schema.json (district = the assisting district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record AssistanceAnswered(UUID requestId, UUID agreementId, String district, String fromDistrict, String kind, int attachments, String answeredBy, Instant answeredAt, boolean onTime) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.assistance-answered.v1";

    @Override
    public UUID aggregateId() {
        return requestId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
