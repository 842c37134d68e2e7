package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 移送线索登记 — schema docs/events/clue-transfer-registered.v1.schema.json (district = the receiving district, where the clue became case caseId). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record ClueTransferRegistered(UUID transferId, UUID agreementId, String district, String fromDistrict, UUID newCaseId, String caseNumber, String registeredBy, Instant registeredAt, boolean onTime) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.clue-transfer-registered.v1";

    @Override
    public UUID aggregateId() {
        return transferId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
