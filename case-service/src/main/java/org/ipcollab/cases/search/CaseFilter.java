package org.ipcollab.cases.search;

import java.time.Instant;
import java.util.Set;

import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.IpKind;

/**
 * What {@code GET /cases} narrows to, already checked: the district is always the caller's; each other part is null
 * (or empty) when not asked for. Date ranges are instants, {@code from} inclusive and {@code until} exclusive (the
 * start of the legal day after {@code …To}).
 */
public record CaseFilter(String district, Set<IpKind> ipKinds, Set<CaseStatus> statuses, Instant filedFrom,
        Instant filedUntil, Instant openedFrom, Instant openedUntil, Instant closedFrom, Instant closedUntil,
        String creditCode, Boolean referralRequired, Boolean overdue, String departmentId, String text,
        SortKey sort, boolean ascending) {

    /** The instant a case is listed by. */
    public enum SortKey {
        filedAt("filed_at"), openedAt("opened_at");

        final String column;

        SortKey(String column) {
            this.column = column;
        }
    }
}
