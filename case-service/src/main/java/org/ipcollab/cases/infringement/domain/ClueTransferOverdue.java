package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 移送线索超期未答复 — schema docs/events/clue-transfer-overdue.v1.schema.json (district = the receiving district that has not answered). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record ClueTransferOverdue(UUID transferId, UUID agreementId, String district, String fromDistrict, Instant sentAt, Instant dueAt, Instant detectedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.clue-transfer-overdue.v1";

    @Override
    public UUID aggregateId() {
        return transferId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
