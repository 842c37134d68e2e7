package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * 跨区域共享协议批准 — schema docs/events/sharing-agreement-approved.v1.schema.json (district = the approving district; inForce once both approved). Raised by {@code org.ipcollab.cases.sharing}; it lives
 * here only because a sealed interface's permitted records must share its package (Java 17, unnamed module).
 */
public record SharingAgreementApproved(UUID agreementId, String district, String proposerDistrict, String partnerDistrict, String approvedBy, Instant approvedAt, boolean inForce) implements SharingEvent {
    public static final String TYPE = "org.ipcollab.case.sharing-agreement-approved.v1";

    @Override
    public UUID aggregateId() {
        return agreementId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
