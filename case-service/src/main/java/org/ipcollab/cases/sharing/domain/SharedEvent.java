package org.ipcollab.cases.sharing.domain;

/**
 * 共享事项 — the kinds of cross-district traffic an agreement allows. An agreement that does not name a kind refuses
 * it (403): e.g. an agreement for clue transfer only does not allow shared queries.
 */
public enum SharedEvent {
    /** 案件信息共享查询 and 重复侵权查询. */
    CASE_QUERY("案件信息共享查询", "Shared case query and repeat-infringer lookup"),
    /** 线索移送. */
    CLUE_TRANSFER("线索移送", "Clue transfer"),
    /** 调查执行协助（协查）. */
    ASSISTANCE("调查执行协助", "Assistance request"),
    /** 联合执法 and 结果互认. */
    JOINT_ACTION("联合执法与结果互认", "Joint enforcement and mutual recognition of results");

    private final String labelZh;
    private final String labelEn;

    SharedEvent(String labelZh, String labelEn) {
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
