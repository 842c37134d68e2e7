package org.ipcollab.cases.infringement.domain;

/** 行政处罚种类 used in IP enforcement (Administrative Penalty Law art 9; Trademark Law art 60). */
public enum PenaltyMeasure {
    /** 警告 — a warning; decisions that are only warnings are not published (SAMR Order 45 art 9). */
    WARNING("警告", "Warning"),
    /** 罚款. */
    FINE("罚款", "Fine"),
    /** 没收违法所得. */
    CONFISCATE_ILLEGAL_GAINS("没收违法所得", "Confiscation of illegal gains"),
    /** 没收、销毁侵权商品和主要用于制造侵权商品的工具. */
    CONFISCATE_GOODS("没收、销毁侵权商品及工具", "Confiscation and destruction of infringing goods and tools"),
    /** 责令停止侵权行为. */
    ORDER_TO_STOP("责令立即停止侵权行为", "Order to stop the infringement");

    private final String labelZh;
    private final String labelEn;

    PenaltyMeasure(String labelZh, String labelEn) {
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
