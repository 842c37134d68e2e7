package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 移送线索退回 — schema docs/events/clue-transfer-rejected.v1.schema.json (district = the receiving district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record ClueTransferRejected(UUID transferId, UUID agreementId, String district, String fromDistrict, String reasons, String rejectedBy, Instant rejectedAt, boolean onTime) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.clue-transfer-rejected.v1";

    @Override
    public UUID aggregateId() {
        return transferId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
