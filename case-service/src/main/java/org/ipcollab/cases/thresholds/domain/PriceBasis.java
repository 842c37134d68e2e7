package org.ipcollab.cases.thresholds.domain;

/** 计价依据 — which price valued a quantity of infringing goods (法释〔2004〕19号 art 12). */
public enum PriceBasis {
    ACTUAL_SALE_PRICE("实际销售价格", "actual sale price"),
    MARKED_PRICE("标价", "marked price"),
    AVERAGE_ACTUAL_SALE_PRICE("已查清的实际销售平均价格", "established average actual sale price"),
    GENUINE_MARKET_MID_PRICE("被侵权产品的市场中间价格", "genuine product's market mid-price");

    private final String labelZh;
    private final String labelEn;

    PriceBasis(String labelZh, String labelEn) {
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
