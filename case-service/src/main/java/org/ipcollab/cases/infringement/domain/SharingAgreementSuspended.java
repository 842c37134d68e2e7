package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 跨区域共享协议暂停 — schema docs/events/sharing-agreement-suspended.v1.schema.json (district = the suspending district). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record SharingAgreementSuspended(UUID agreementId, String district, String proposerDistrict, String partnerDistrict, String reason, String suspendedBy, Instant suspendedAt) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.sharing-agreement-suspended.v1";

    @Override
    public UUID aggregateId() {
        return agreementId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
