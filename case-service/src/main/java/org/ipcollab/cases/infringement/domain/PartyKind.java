package org.ipcollab.cases.infringement.domain;

/** 当事人类型 — whether a party is an organisation (单位) or a natural person (自然人). */
public enum PartyKind {
    /** 单位 — identified by its unified social credit code. */
    ORGANISATION("单位", "Organisation"),
    /** 自然人 — identified by a resident ID number, which is personal information (PIPL). */
    PERSON("自然人", "Natural person");

    private final String labelZh;
    private final String labelEn;

    PartyKind(String labelZh, String labelEn) {
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
