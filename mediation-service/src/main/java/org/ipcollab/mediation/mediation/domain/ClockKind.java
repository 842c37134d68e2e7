package org.ipcollab.mediation.mediation.domain;

/** The statutory clocks of a mediation and the time-limit rule each runs under (the mediation period's rule depends on the kind). */
public enum ClockKind {
    /** 指定调解员 — the court appoints within 3 working days of inviting mediation. */
    APPOINTMENT("mediation.appoint-mediator"),
    /** 调解员确认 — the appointed mediator confirms acceptance (unconfirmed, mediation-time-limits.json). */
    ACCEPTANCE("mediation.mediator-acceptance"),
    /** 调解期限 — from signing for the file: 30 / 15 / 7 days by kind, extendable by the parties' agreement. */
    MEDIATION(null),
    /** 申请司法确认 — 30 days from the agreement taking effect. */
    CONFIRMATION_APPLICATION("mediation.confirmation-application"),
    /** 受理 — the court accepts or refuses within 3 days. */
    CONFIRMATION_ACCEPTANCE("mediation.confirmation-acceptance"),
    /** 审查 — the court decides within 15 days, +10 with approval. */
    CONFIRMATION_DECISION("mediation.confirmation-decision");

    private final String ruleId;

    ClockKind(String ruleId) {
        this.ruleId = ruleId;
    }

    public String ruleId(MediationKind kind) {
        return ruleId != null ? ruleId : kind.ruleId();
    }
}
