package org.ipcollab.referral.referral.domain;

/** The documents a referral carries (《行政执法机关移送涉嫌犯罪案件的规定》 art 6). */
public enum DocumentKind {
    /** 涉嫌犯罪案件移送书 — referral letter. Required. */
    REFERRAL_LETTER,
    /** 涉嫌犯罪案件情况的调查报告 — investigation report. Required. */
    INVESTIGATION_REPORT,
    /** 涉案物品清单 — list of goods. Required. */
    GOODS_LIST,
    /** 有关检验报告或者鉴定结论 — test or appraisal report. Required when the referral says it needs one. */
    APPRAISAL_REPORT,
    /** 其他有关涉嫌犯罪的材料 — other materials. Never required. */
    OTHER
}
