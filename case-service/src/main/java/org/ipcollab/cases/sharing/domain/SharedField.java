package org.ipcollab.cases.sharing.domain;

/**
 * 共享字段 — the fixed list of case fields an agreement may share in a shared query's masked summaries. A natural
 * person's ID number, phone, address, bank account and health data are never on it (DOMAIN.md §3.6, PIPL art 51).
 */
public enum SharedField {
    CASE_NUMBER("案件编号", "Case number"),
    STATUS("案件状态", "Case status"),
    FILED_DATE("登记日期", "Filing date"),
    DEPARTMENT("承办部门", "Handling department"),
    INFRINGER("当事人（自然人姓名遮蔽）", "Infringer (a person's name masked)"),
    INFRINGING_ACT("侵权行为", "Infringing act"),
    GOODS("涉案物品名称", "Names of the goods"),
    DECISION("处理决定（种类、日期、处罚种类）", "Decision (outcome, date, measures)");

    private final String labelZh;
    private final String labelEn;

    SharedField(String labelZh, String labelEn) {
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
