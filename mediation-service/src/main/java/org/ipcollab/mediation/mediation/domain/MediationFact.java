package org.ipcollab.mediation.mediation.domain;

/** The business facts of a mediation; each is published as {@code org.ipcollab.mediation.<slug>.v1}. */
public enum MediationFact {
    REQUESTED("requested", "申请调解"),
    MEDIATOR_APPOINTED("mediator-appointed", "指定调解员"),
    MEDIATOR_ACCEPTED("mediator-accepted", "调解员接受"),
    FILE_SIGNED_FOR("file-signed-for", "签收卷宗，调解期限起算"),
    EXTENDED("extended", "当事人同意延长调解期限"),
    SESSION_RECORDED("session-recorded", "调解记录"),
    AGREEMENT_DRAFTED("agreement-drafted", "拟定调解协议"),
    AGREEMENT_SIGNED("agreement-signed", "签署调解协议"),
    AGREEMENT_SEALED("agreement-sealed", "调解组织盖章，协议生效"),
    FAILED("failed", "调解不成"),
    CONFIRMATION_APPLIED("confirmation-applied", "申请司法确认"),
    CONFIRMATION_ACCEPTED("confirmation-accepted", "受理司法确认申请"),
    CONFIRMATION_REFUSED("confirmation-refused", "不予受理司法确认申请"),
    CONFIRMATION_EXTENDED("confirmation-extended", "延长司法确认审查期限"),
    CONFIRMATION_DECIDED("confirmation-decided", "司法确认裁定"),
    TERM_PERFORMED("term-performed", "条款履行"),
    TERM_OVERDUE("term-overdue", "条款逾期未履行");

    private final String slug;
    private final String labelZh;

    MediationFact(String slug, String labelZh) {
        this.slug = slug;
        this.labelZh = labelZh;
    }

    public String slug() {
        return slug;
    }

    public String labelZh() {
        return labelZh;
    }

    /** CloudEvents type, e.g. {@code org.ipcollab.mediation.agreement-sealed.v1}. */
    public String type() {
        return "org.ipcollab.mediation." + slug + ".v1";
    }
}
