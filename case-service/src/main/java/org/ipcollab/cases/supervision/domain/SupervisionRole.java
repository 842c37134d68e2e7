package org.ipcollab.cases.supervision.domain;

/** How a department takes part in the joint supervision of a major case. */
public enum SupervisionRole {
    /** 牵头督办 — the department that leads the supervision. */
    LEAD("牵头督办", "Lead supervisor"),
    /** 联合督办 — a department that supervises jointly. */
    JOINT("联合督办", "Joint supervisor");

    private final String labelZh;
    private final String labelEn;

    SupervisionRole(String labelZh, String labelEn) {
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
