package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 处罚决定被变更或撤销 — recorded by a regulator of the case's department. Schema:
 * docs/events/case.decision-revoked.v1.schema.json. Raised by {@link InfringementCase#revokeDecision}.
 *
 * @param wasPublished        whether the decision had been published (then it must be withdrawn)
 * @param withdrawalDueDate   the last day of the 3 working days to withdraw it, or null when it was not published
 */
public record DecisionRevoked(UUID caseId, String district, String departmentId, String caseNumber,
        String documentNumber, RevocationKind kind, String reason, String reference, Instant recordedAt,
        String recordedBy, boolean wasPublished, LocalDate withdrawalDueDate) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.decision-revoked.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
