package org.ipcollab.referral.casefeed.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 案件视图 — what this service knows of a case owned by case-service, kept from its events. {@code eventsApplied}
 * counts the distinct events applied, so exactly-once application is visible from outside.
 */
public record CaseView(UUID caseId, String district, String departmentId, String ipKind, String title, String status,
        long eventsApplied, String lastEventId, Instant updatedAt) {

    public CaseView {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(district);
    }

    /** The view of a case that was just filed (案件登记). */
    public static CaseView filed(UUID caseId, String district, String departmentId, String ipKind, String title,
            String eventId, Instant at) {
        return new CaseView(caseId, district, departmentId, ipKind, title, "FILED", 1, eventId, at);
    }

    /** The same view after one more distinct event about the case. */
    public CaseView withEvent(String eventId, String newStatus, Instant at) {
        return new CaseView(caseId, district, departmentId, ipKind, title, newStatus == null ? status : newStatus,
                eventsApplied + 1, eventId, at);
    }

    /** Whether a caller of {@code callerDistrict} may see this case. */
    public boolean visibleTo(String callerDistrict) {
        return district.equals(callerDistrict);
    }
}
