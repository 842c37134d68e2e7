package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 撤下公示信息 — a published decision that was changed or revoked is no longer shown. Schema:
 * docs/events/case.publication-withdrawn.v1.schema.json. Raised by {@link InfringementCase#withdrawPublication}.
 */
public record PublicationWithdrawn(UUID caseId, String district, String departmentId, String caseNumber,
        UUID publicationId, String documentNumber, String reason, Instant withdrawnAt, String withdrawnBy,
        LocalDate withdrawalDueDate, boolean onTime) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.publication-withdrawn.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
