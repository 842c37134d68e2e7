package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 行政处罚信息已公示 — a penalty decision was published, redacted, on the public endpoint. Schema:
 * docs/events/case.decision-published.v1.schema.json. Raised by {@link InfringementCase#publishDecision}.
 *
 * @param publicationDueDate the last day of the 20-working-day publication period
 * @param onTime             published by then
 * @param displayUntil       when it stops being shown (3 months for a small fine, else 3 years)
 * @param smallFine          whether the fine counted as small (较低数额罚款) under the publication rules
 */
public record DecisionPublished(UUID caseId, String district, String departmentId, String caseNumber,
        UUID publicationId, String documentNumber, Instant publishedAt, String publishedBy,
        LocalDate publicationDueDate, boolean onTime, Instant displayUntil, boolean smallFine) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.decision-published.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
