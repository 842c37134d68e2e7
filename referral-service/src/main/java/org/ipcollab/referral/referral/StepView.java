package org.ipcollab.referral.referral;

import java.time.Instant;

/** One entry of a referral's append-only step record. */
public record StepView(long seq, String fact, String actorSubject, String actorRole, String actorDepartmentId,
        Instant at, String statusBefore, String statusAfter, String summaryZh, String summaryEn, String details) {
}
