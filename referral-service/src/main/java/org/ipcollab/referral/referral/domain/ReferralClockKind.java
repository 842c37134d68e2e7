package org.ipcollab.referral.referral.domain;

/**
 * The statutory clocks of a referral or reverse referral, each bound to a time-limit rule of
 * {@code rules/time-limits.json}. A <em>duty</em> is something a department must do in time: when it runs out the
 * overdue scanner reports it once and escalates to the procuratorate. A <em>window</em> is a right that lapses (the
 * agency <em>may</em> ask for reconsideration or supervision within 3 days): when it runs out the right is gone
 * (the late request is refused, 409) and nobody is reported.
 */
public enum ReferralClockKind {
    HEAD_DECISION("referral.head-decision", true, Party.AGENCY),
    TRANSFER_TO_POLICE("referral.transfer-to-police", true, Party.AGENCY),
    POLICE_FORWARD("referral.police-forward", true, Party.POLICE),
    POLICE_DECISION("referral.police-decision", true, Party.POLICE),
    RECONSIDERATION_REQUEST("referral.reconsideration-request", false, Party.AGENCY),
    RECONSIDERATION_ANSWER("referral.reconsideration-answer", true, Party.POLICE),
    SUPERVISION_REQUEST("referral.supervision-request", false, Party.AGENCY),
    POLICE_EXPLANATION("referral.police-explanation", true, Party.POLICE),
    POLICE_OPEN_ON_NOTICE("referral.police-open-on-notice", true, Party.POLICE),
    HANDOVER("referral.handover", true, Party.AGENCY),
    REVERSE_REVIEW("referral.reverse-review", true, Party.PROCURATORATE),
    REVERSE_ANSWER("referral.reverse-answer", true, Party.AGENCY);

    private final String ruleId;
    private final boolean duty;
    private final Party responsible;

    ReferralClockKind(String ruleId, boolean duty, Party responsible) {
        this.ruleId = ruleId;
        this.duty = duty;
        this.responsible = responsible;
    }

    public String ruleId() {
        return ruleId;
    }

    public boolean isDuty() {
        return duty;
    }

    public Party responsible() {
        return responsible;
    }
}
