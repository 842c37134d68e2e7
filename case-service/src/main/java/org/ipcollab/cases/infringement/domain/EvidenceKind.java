package org.ipcollab.cases.infringement.domain;

/** 证据种类 — the kind of an item of evidence. */
public enum EvidenceKind {
    DOCUMENT("书证", "Document"),
    PHOTO("照片", "Photo"),
    VIDEO("视听资料", "Video"),
    TEST_REPORT("检验报告", "Test report"),
    APPRAISAL("鉴定意见", "Appraisal"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    EvidenceKind(String labelZh, String labelEn) {
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
