package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 协查请求 — schema docs/events/assistance-requested.v1.schema.json (district = the requesting district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record AssistanceRequested(UUID requestId, UUID agreementId, String district, String toDistrict, String channel, String kind, String sentBy, Instant sentAt, Instant dueAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.assistance-requested.v1";

    @Override
    public UUID aggregateId() {
        return requestId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
