package org.ipcollab.notification.security;

/** The roles a token's {@code groups} claim may carry. */
public final class Roles {
    /** 行政执法人员 — enforcement officer (market regulation, culture, agriculture, customs). */
    public static final String REGULATOR = "regulator";
    /** 公安 — police. */
    public static final String POLICE = "police";
    /** 检察院 — procuratorate. */
    public static final String PROCURATORATE = "procuratorate";
    /** 法院 — court. */
    public static final String COURT = "court";
    /** 调解员 — mediator. */
    public static final String MEDIATOR = "mediator";
    /** 跨区联络员 — liaison of a neighbouring district. */
    public static final String DISTRICT_LIAISON = "district-liaison";
    /** 管理员 — administrator of a district. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
