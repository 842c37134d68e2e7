package org.ipcollab.referral.rules.domain;

/** Why a statutory clock stands still; each rule lists the reasons whose time does not count (不计入期限). */
public enum PauseReason {
    /** 案件中止 — suspension of the case. */
    SUSPENSION,
    /** 听证 — a hearing. */
    HEARING,
    /** 公告 — service or notice by public announcement. */
    NOTICE,
    /** 检测、检验、检疫、鉴定 — testing, inspection, quarantine and appraisal (incl. the right holder's identification). */
    TESTING
}
