package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.ipcollab.cases.thresholds.domain.ThresholdResult;

/**
 * 是否达到入罪标准 — the case's facts weighed against the criminal threshold rule set in force on the date of the act
 * (DOMAIN.md §3.2). A case whose assessment is {@link Verdict#MET} is flagged "referral required" with the rule cited.
 *
 * @param verdict    the outcome
 * @param article    the Criminal Law article of the act, or null when the act is unknown or maps to none
 * @param actDate    the date of the act the rules were chosen by
 * @param ruleSetId  the rule set applied, or null
 * @param citationZh the rule that is met, or null unless met
 * @param citationEn the same in English
 * @param summaryZh  the whole reasoning in a sentence
 * @param summaryEn  the same in English
 * @param confirmed  false when the result rests on a figure DOMAIN.md marks unconfirmed
 * @param assessedAt when
 */
public record ReferralAssessment(Verdict verdict, Integer article, LocalDate actDate, String ruleSetId,
        String citationZh, String citationEn, String summaryZh, String summaryEn, boolean confirmed,
        Instant assessedAt) {

    public enum Verdict {
        /** 达到入罪标准，应当移送. */
        MET("达到入罪标准，应当移送", "Threshold met: referral required"),
        /** 未达到入罪标准. */
        NOT_MET("未达到入罪标准", "Threshold not met"),
        /** 无可适用的入罪标准 (no rule set in force on the act date). */
        NO_RULE_IN_FORCE("行为日无可适用的入罪标准", "No threshold in force on the act date"),
        /** 侵权行为未认定或不对应刑法条文 — nothing to weigh yet. */
        NOT_ASSESSED("未评估（侵权行为未认定或不构成刑法第213–219条之罪）",
                "Not assessed (the act is unknown or maps to no Criminal Law article 213–219)");

        private final String labelZh;
        private final String labelEn;

        Verdict(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        public String labelZh() {
            return labelZh;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    public ReferralAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(actDate, "actDate");
        Objects.requireNonNull(assessedAt, "assessedAt");
    }

    public static ReferralAssessment of(ThresholdResult result, Instant at) {
        Verdict verdict = switch (result.verdict()) {
            case MET -> Verdict.MET;
            case NOT_MET -> Verdict.NOT_MET;
            case NO_RULE_IN_FORCE -> Verdict.NO_RULE_IN_FORCE;
        };
        return new ReferralAssessment(verdict, result.article(), result.actDate(), result.ruleSetId(),
                result.cited().map(ThresholdResult.Citation::textZh).orElse(null),
                result.cited().map(ThresholdResult.Citation::textEn).orElse(null), result.explanationZh(),
                result.explanationEn(), result.confirmed(), at);
    }

    public static ReferralAssessment notAssessed(LocalDate actDate, Instant at) {
        return new ReferralAssessment(Verdict.NOT_ASSESSED, null, actDate, null, null, null,
                Verdict.NOT_ASSESSED.labelZh(), Verdict.NOT_ASSESSED.labelEn(), true, at);
    }

    public boolean referralRequired() {
        return verdict == Verdict.MET;
    }
}
