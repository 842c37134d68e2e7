package org.ipcollab.mediation.mediation.domain;

/** The kind of an agreement term (协议条款). */
public enum TermKind {
    COMPENSATION("赔偿损失", "pay compensation"),
    STOP_INFRINGING("停止侵权", "stop infringing"),
    DESTROY_GOODS("销毁侵权商品", "destroy infringing goods"),
    APOLOGY("赔礼道歉", "apologise"),
    LICENCE("许可使用", "grant a licence"),
    /** 确权 — settles IP ownership or validity; makes the agreement ineligible for judicial confirmation (SPC CPL interpretation art 355(5)). */
    OWNERSHIP_OR_VALIDITY("确认权属或效力（确权）", "settle ownership or validity of the right");

    private final String labelZh;
    private final String labelEn;

    TermKind(String labelZh, String labelEn) {
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
