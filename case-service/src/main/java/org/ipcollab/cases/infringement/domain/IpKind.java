package org.ipcollab.cases.infringement.domain;

/** 知识产权类别 — the kind of intellectual property infringed. */
public enum IpKind {
    PATENT("专利", "Patent"),
    TRADEMARK("商标", "Trademark"),
    COPYRIGHT("著作权（版权）", "Copyright"),
    GEOGRAPHICAL_INDICATION("地理标志", "Geographical indication"),
    PLANT_VARIETY("植物新品种", "Plant variety"),
    TRADE_SECRET("商业秘密", "Trade secret");

    private final String labelZh;
    private final String labelEn;

    IpKind(String labelZh, String labelEn) {
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
