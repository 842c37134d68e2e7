package org.ipcollab.cases.thresholds.domain;

import java.util.Locale;

/**
 * 入罪标准的计量项 — what a threshold figure measures. Money metrics are stored in fen, count metrics as whole numbers.
 */
public enum Metric {
    /** 非法经营数额 — illegal business volume, computed as 法释〔2004〕19号 art 12 says (see {@link IllegalBusinessVolume}). */
    ILLEGAL_BUSINESS_VOLUME("非法经营数额", "illegal business volume", null, null),
    /** 违法所得数额 — illegal gains, an input figure established by the officer. */
    ILLEGAL_GAINS("违法所得数额", "illegal gains", null, null),
    /** 销售金额 — sales amount: sold goods at their actual price (法释〔2004〕19号 art 9). */
    SALES_AMOUNT("销售金额", "sales amount", null, null),
    /** 尚未销售的货值金额 — value of goods not yet sold (the art 214 attempt rule). */
    UNSOLD_GOODS_VALUE("尚未销售的货值金额", "value of unsold goods", null, null),
    /** 复制品数量 — number of infringing copies (张（份）). */
    COPIES("复制品数量", "copies", "张（份）", "copies"),
    /** 标识数量 — number of counterfeit mark labels (件: one label bearing the complete mark, 法释〔2004〕19号 art 12(3)). */
    PIECES("注册商标标识数量", "counterfeit mark labels", "件", "pieces"),
    /** 权利人损失数额 — the right holder's (patentee's, trade-secret owner's) loss. */
    RIGHT_HOLDER_LOSS("权利人损失数额", "right holder's loss", null, null);

    private final String labelZh;
    private final String labelEn;
    private final String countUnitZh;
    private final String countUnitEn;

    Metric(String labelZh, String labelEn, String countUnitZh, String countUnitEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.countUnitZh = countUnitZh;
        this.countUnitEn = countUnitEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Money metrics hold fen; the others hold a count. */
    public boolean isMoney() {
        return countUnitZh == null;
    }

    /** {@code ¥50,000.00} or {@code 500 张（份）}. */
    public String formatZh(long value) {
        return isMoney() ? Money.ofFen(value).toString() : String.format(Locale.ROOT, "%,d %s", value, countUnitZh);
    }

    /** {@code ¥50,000.00} or {@code 500 copies}. */
    public String formatEn(long value) {
        return isMoney() ? Money.ofFen(value).toString() : String.format(Locale.ROOT, "%,d %s", value, countUnitEn);
    }
}
