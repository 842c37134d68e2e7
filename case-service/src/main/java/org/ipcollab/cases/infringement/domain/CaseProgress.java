package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.StatutoryClock;

/**
 * Where a case stands in its lifecycle, beside what was filed: status, the dates that matter, the decision, the
 * threshold assessment and the statutory clocks.
 *
 * @param status        the status
 * @param suspendedFrom while {@link CaseStatus#SUSPENDED}, the status to resume to; null otherwise
 * @param openedAt      立案 — when the case was opened, or null
 * @param closedAt      结案 — when it was closed, or null
 * @param complex       案情复杂 — marked complex when the investigation ended (one ground for legal review)
 * @param decision      the decision, or null before it is made
 * @param assessment    the latest criminal-threshold assessment
 * @param clocks        the clocks started so far, by kind
 */
public record CaseProgress(CaseStatus status, CaseStatus suspendedFrom, Instant openedAt, Instant closedAt,
        boolean complex, Decision decision, ReferralAssessment assessment, Map<CaseClockKind, StatutoryClock> clocks) {

    public CaseProgress {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assessment, "assessment");
        if ((status == CaseStatus.SUSPENDED) != (suspendedFrom != null)) {
            throw new IllegalArgumentException("a suspended case, and only one, remembers the status it left");
        }
        EnumMap<CaseClockKind, StatutoryClock> copy = new EnumMap<>(CaseClockKind.class);
        copy.putAll(Objects.requireNonNull(clocks, "clocks"));
        clocks = Collections.unmodifiableMap(copy);
    }

    /** A newly filed case: the decision-to-open clock runs from the filing. */
    static CaseProgress filed(StatutoryClock openDecision, ReferralAssessment assessment) {
        return new CaseProgress(CaseStatus.FILED, null, null, null, false, null, assessment,
                Map.of(CaseClockKind.OPEN_DECISION, openDecision));
    }

    public StatutoryClock clock(CaseClockKind kind) {
        return clocks.get(kind);
    }

    /** 听证 — a hearing was held (its time was recorded as a pause of the conclusion clock). */
    public boolean heard() {
        StatutoryClock conclude = clocks.get(CaseClockKind.CONCLUDE);
        return conclude != null && conclude.pauses().stream().anyMatch(p -> p.reason() == PauseReason.HEARING);
    }

    CaseProgress withStatus(CaseStatus next) {
        return new CaseProgress(next, null, openedAt, closedAt, complex, decision, assessment, clocks);
    }

    CaseProgress suspended() {
        return new CaseProgress(CaseStatus.SUSPENDED, status, openedAt, closedAt, complex, decision, assessment,
                clocks);
    }

    CaseProgress withClock(CaseClockKind kind, StatutoryClock clock) {
        EnumMap<CaseClockKind, StatutoryClock> next = new EnumMap<>(CaseClockKind.class);
        next.putAll(clocks);
        next.put(kind, clock);
        return new CaseProgress(status, suspendedFrom, openedAt, closedAt, complex, decision, assessment, next);
    }

    CaseProgress opened(Instant at) {
        return new CaseProgress(status, suspendedFrom, at, closedAt, complex, decision, assessment, clocks);
    }

    CaseProgress closed(Instant at) {
        return new CaseProgress(status, suspendedFrom, openedAt, at, complex, decision, assessment, clocks);
    }

    CaseProgress withComplex(boolean value) {
        return new CaseProgress(status, suspendedFrom, openedAt, closedAt, value, decision, assessment, clocks);
    }

    CaseProgress withDecision(Decision value) {
        return new CaseProgress(status, suspendedFrom, openedAt, closedAt, complex, value, assessment, clocks);
    }

    CaseProgress withAssessment(ReferralAssessment value) {
        return new CaseProgress(status, suspendedFrom, openedAt, closedAt, complex, decision, value, clocks);
    }
}
