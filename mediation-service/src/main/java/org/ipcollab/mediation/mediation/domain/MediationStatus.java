package org.ipcollab.mediation.mediation.domain;

/** Where a mediation stands (the status every mediation event carries after its fact). */
public enum MediationStatus {
    REQUESTED("已申请，待指定调解员", "requested, awaiting a mediator"),
    APPOINTED("已指定调解员，待确认", "mediator appointed, awaiting acceptance"),
    ACCEPTED("调解员已接受，待签收卷宗", "mediator accepted, file not yet signed for"),
    MEDIATING("调解中", "mediating"),
    AGREEMENT_DRAFTED("调解协议待签署", "agreement drafted, awaiting signatures and seal"),
    AGREEMENT_EFFECTIVE("调解协议已生效", "agreement in effect"),
    CONFIRMATION_APPLIED("已申请司法确认", "judicial confirmation applied for"),
    CONFIRMATION_ACCEPTED("司法确认已受理", "judicial confirmation accepted by the court"),
    CONFIRMED("已司法确认，具有强制执行力", "judicially confirmed, enforceable"),
    CONFIRMATION_REFUSED("司法确认未获支持", "judicial confirmation refused"),
    PERFORMED("协议已履行完毕", "agreement performed"),
    FAILED("调解不成，已退回", "mediation failed, returned to the sender");

    private final String labelZh;
    private final String labelEn;

    MediationStatus(String labelZh, String labelEn) {
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
