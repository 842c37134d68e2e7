package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.ipcollab.cases.thresholds.domain.Money;

/**
 * 处理决定 — what the agency decided at the end of the investigation.
 *
 * @param outcome          penalty, no penalty, or referral to the police
 * @param measures         for a penalty, the measures imposed (at least one); empty otherwise
 * @param fine             罚款 amount, required iff {@link PenaltyMeasure#FINE} is imposed
 * @param confiscatedGains 没收违法所得 amount, required iff that measure is imposed
 * @param documentNumber   处罚决定书 / 不予处罚决定书 文号; for a referral, the approved referral report's number
 * @param reasons          the facts and grounds in a sentence or two
 * @param noReferralReason when the case met a criminal threshold but is not referred (以罚代刑 risk): why; else null
 * @param decidedAt        when
 * @param decidedBy        who recorded it
 */
public record Decision(DecisionOutcome outcome, Set<PenaltyMeasure> measures, Money fine, Money confiscatedGains,
        String documentNumber, String reasons, String noReferralReason, Instant decidedAt, String decidedBy) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        measures = measures == null || measures.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(measures));
        requireText(documentNumber, "document number");
        requireText(reasons, "reasons");
        Objects.requireNonNull(decidedAt, "decidedAt");
        requireText(decidedBy, "decidedBy");
        if (outcome == DecisionOutcome.PENALTY && measures.isEmpty()) {
            throw new IllegalArgumentException("a penalty decision imposes at least one measure");
        }
        if (outcome != DecisionOutcome.PENALTY && !measures.isEmpty()) {
            throw new IllegalArgumentException("only a penalty decision imposes measures");
        }
        if (measures.contains(PenaltyMeasure.FINE) != (fine != null && fine.fen() > 0)) {
            throw new IllegalArgumentException("a fine states its amount, and only a fine does");
        }
        if (measures.contains(PenaltyMeasure.CONFISCATE_ILLEGAL_GAINS)
                != (confiscatedGains != null && confiscatedGains.fen() > 0)) {
            throw new IllegalArgumentException("confiscated illegal gains state their amount, and only they do");
        }
        if (noReferralReason != null && noReferralReason.isBlank()) {
            noReferralReason = null;
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a decision records its " + what);
        }
    }

    /** Published on the credit publicity system: ordinary-procedure penalties other than a warning alone (SAMR Order 45 art 9). */
    public boolean isPublishable() {
        return outcome == DecisionOutcome.PENALTY && !measures.equals(Set.of(PenaltyMeasure.WARNING));
    }
}
