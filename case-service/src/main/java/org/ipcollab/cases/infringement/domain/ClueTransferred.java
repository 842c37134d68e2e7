package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 线索移送 — schema docs/events/clue-transferred.v1.schema.json (district = the sending district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record ClueTransferred(UUID transferId, UUID agreementId, String district, String toDistrict, String channel, String ipKind, String sentBy, Instant sentAt, Instant dueAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.clue-transferred.v1";

    @Override
    public UUID aggregateId() {
        return transferId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
