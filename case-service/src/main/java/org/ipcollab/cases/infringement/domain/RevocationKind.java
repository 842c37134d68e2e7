package org.ipcollab.cases.infringement.domain;

/** How a penalty decision ceased to stand as published (SAMR Order 45 art 11). */
public enum RevocationKind {
    /** 变更 — changed, e.g. by reconsideration (复议) or by the agency itself. */
    CHANGED("变更", "Changed"),
    /** 撤销 — revoked (set aside), e.g. by a court or on reconsideration. */
    REVOKED("撤销", "Revoked");

    private final String labelZh;
    private final String labelEn;

    RevocationKind(String labelZh, String labelEn) {
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
