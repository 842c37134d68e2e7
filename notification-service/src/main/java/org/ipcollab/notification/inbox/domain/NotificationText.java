package org.ipcollab.notification.inbox.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What a notice says, in Simplified Chinese (zh-CN) and English. Times are shown in Beijing time (Asia/Shanghai),
 * the time the departments work in; the event carries them in UTC.
 */
public record NotificationText(String titleZh, String titleEn, String summaryZh, String summaryEn) {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    /**
     * 新案件登记 — e.g. "新案件登记：销售假冒商标柚子案" / "500155-amr 于 2026-11-23 14:00 登记商标侵权案件，侵权主体：
     * 某某公司（91500155MA60Y4K284）", or for a natural person "侵权主体：张某某（自然人，身份证号 500155********409X）" /
     * "suspected infringer: 张某某 (natural person, ID number 500155********409X)" — the ID number only masked.
     */
    public static NotificationText of(CaseFiled filed) {
        String when = MINUTES.format(filed.filedAt());
        CaseFiled.Infringer who = filed.infringer();
        boolean person = who.kind() == CaseFiled.PartyKind.PERSON;
        String infringerZh = who.name() + "（" + (person ? "自然人，身份证号 " + who.idNumberMasked() : who.creditCode()) + "）";
        String infringerEn = who.name() + " ("
                + (person ? "natural person, ID number " + who.idNumberMasked() : who.creditCode()) + ")";
        return new NotificationText(
                "新案件登记：" + filed.title(),
                "New case filed: " + filed.title(),
                filed.departmentId() + " 于 " + when + " 登记" + filed.ipKind().labelZh() + "侵权案件，侵权主体：" + infringerZh,
                filed.departmentId() + " filed a " + filed.ipKind().labelEnInSentence() + " infringement case on " + when
                        + " (Beijing time); suspected infringer: " + infringerEn);
    }
}
