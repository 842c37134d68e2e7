package org.ipcollab.notification.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The zh-CN and English texts of a notice for every case event type and, generically, for events of other services
 * (referral, mediation) that carry {@code statusZh}/{@code statusEn}. Each says what happened and, where the event
 * carries a due date, what is due by when. Times are Beijing time; dates are the legal days the events carry.
 * The data is the event's JSON as plain maps and lists.
 */
public final class EventTexts {
    private static final String CASE = "org.ipcollab.case.";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(NotificationText.BEIJING);

    private EventTexts() {
    }

    /** A notice with its texts and the date by which the next step is due (null when the event carries none). */
    public record Rendered(NotificationText text, LocalDate dueDate) {
    }

    public static Rendered render(String type, Map<String, Object> d) {
        String ref = s(d, "caseNumber") != null ? s(d, "caseNumber") : s(d, "caseId");
        String dept = s(d, "departmentId");
        String when = time(d, "occurredAt");
        String pfx = dept + " 于 " + when + " ";
        String pfxEn = dept + " on " + when + " (Beijing time) ";
        return switch (type) {
            case CASE + "opened.v1" -> due(d, "conclusionDueDate",
                    "案件已立案：" + ref, "Case opened: " + ref,
                    pfx + "决定立案（" + s(d, "approvalReference") + "），应于 " + s(d, "conclusionDueDate") + " 前结案。",
                    pfxEn + "opened the case (" + s(d, "approvalReference") + "); it must be concluded by "
                            + s(d, "conclusionDueDate") + ".");
            case CASE + "opening-declined.v1" -> plain("不予立案：" + ref, "Case not opened: " + ref,
                    pfx + "决定不予立案（" + s(d, "approvalReference") + "），理由：" + s(d, "reason") + "。",
                    pfxEn + "decided not to open the case (" + s(d, "approvalReference") + "); reason: " + s(d, "reason") + ".");
            case CASE + "investigation-finished.v1" -> plain("调查终结：" + ref, "Investigation finished: " + ref,
                    pfx + "调查终结，" + (bool(d, "legalReviewRequired") ? "需经法制审核后作出决定。" : "无需法制审核。"),
                    pfxEn + "finished the investigation; " + (bool(d, "legalReviewRequired")
                            ? "a legal review is required before the decision." : "no legal review is required."));
            case CASE + "legal-review-completed.v1" -> plain("法制审核完成：" + ref, "Legal review completed: " + ref,
                    pfx + "完成法制审核，意见：" + s(d, "opinion") + "。",
                    pfxEn + "completed the legal review; opinion: " + s(d, "opinion") + ".");
            case CASE + "decided.v1" -> decided(d, ref, pfx, pfxEn);
            case CASE + "suspended.v1" -> plain("案件中止：" + ref, "Case suspended: " + ref,
                    pfx + "中止案件办理，结案期限暂停计算，理由：" + s(d, "reason") + "。",
                    pfxEn + "suspended the case; the conclusion clock stops. Reason: " + s(d, "reason") + ".");
            case CASE + "resumed.v1" -> due(d, "conclusionDueDate", "恢复办理：" + ref, "Case resumed: " + ref,
                    pfx + "恢复办理，应于 " + s(d, "conclusionDueDate") + " 前结案。",
                    pfxEn + "resumed the case; it must be concluded by " + s(d, "conclusionDueDate") + ".");
            case CASE + "penalty-decision-copied.v1" -> plain("处罚决定书已抄送：" + ref,
                    "Penalty decision copied: " + ref,
                    pfx + "将处罚决定书 " + s(d, "documentNumber") + " 抄送 " + s(d, "policeDepartment") + " 和 "
                            + s(d, "procuratorateDepartment") + "（" + (bool(d, "onTime") ? "在10日期限内" : "已超过10日期限")
                            + "）。",
                    pfxEn + "copied penalty decision " + s(d, "documentNumber") + " to " + s(d, "policeDepartment")
                            + " and " + s(d, "procuratorateDepartment") + " (" + (bool(d, "onTime")
                            ? "within the 10-day limit" : "after the 10-day limit") + ").");
            case CASE + "closed.v1" -> plain("案件已结案：" + ref, "Case closed: " + ref,
                    pfx + "结案，结果：" + s(d, "outcome") + "，" + (bool(d, "onTime") ? "按期结案。" : "超期结案。"),
                    pfxEn + "closed the case; outcome " + s(d, "outcome") + ", " + (bool(d, "onTime") ? "on time." : "late."));
            case CASE + "referral-required.v1" -> plain("达到入罪标准，应当移送：" + ref,
                    "Criminal threshold met, referral required: " + ref,
                    "案件达到入罪标准（" + s(d, "citationZh") + "），行政执法机关应当依法移送公安机关并抄送检察院"
                            + "（正职负责人3日内决定，批准后24小时内移送）。",
                    "The case meets the criminal threshold (" + s(d, "citationEn") + "); the agency must refer it to the "
                            + "police with a copy to the procuratorate (head decides within 3 days, referral within 24 hours).");
            case CASE + "clock-overdue.v1" -> due(d, "dueDate", "法定期限超期：" + ref, "Statutory clock overdue: " + ref,
                    "案件的法定期限 " + s(d, "clock") + "（" + s(d, "ruleId") + "）已于 " + s(d, "dueDate")
                            + " 届满而未办结，责任部门：" + dept + "。",
                    "The statutory clock " + s(d, "clock") + " (" + s(d, "ruleId") + ") of the case expired on "
                            + s(d, "dueDate") + " without the step being done; responsible department: " + dept + ".");
            case CASE + "marked-major.v1" -> plain("列为重大案件联合督办：" + ref, "Marked as a major case: " + ref,
                    "案件列为重大案件联合督办，牵头部门：" + s(d, "leadDepartment") + "，督办部门：" + list(d, "supervisingDepartments")
                            + "。理由：" + s(d, "reason"),
                    "The case is under joint major-case supervision; lead " + s(d, "leadDepartment") + ", supervisors "
                            + list(d, "supervisingDepartments") + ". Reason: " + s(d, "reason"));
            case CASE + "consultation-recorded.v1" -> consultation(d, ref);
            default -> generic(type, d, ref);
        };
    }

    private static Rendered decided(Map<String, Object> d, String ref, String pfx, String pfxEn) {
        String copyDue = s(d, "penaltyDecisionCopyDueDate");
        String zh = pfx + "作出决定 " + s(d, "documentNumber") + "，结果：" + s(d, "outcome") + "。";
        String en = pfxEn + "decided " + s(d, "documentNumber") + "; outcome " + s(d, "outcome") + ".";
        if (bool(d, "referralRequired")) {
            zh += "案件达到入罪标准。";
            en += " The case meets the criminal threshold.";
        }
        if (copyDue != null) {
            zh += "应于 " + copyDue + " 前将处罚决定书抄送公安机关和检察院。";
            en += " The penalty decision must be copied to the police and the procuratorate by " + copyDue + ".";
        }
        return new Rendered(new NotificationText("案件已作出决定：" + ref, "Case decided: " + ref, zh, en), date(copyDue));
    }

    private static Rendered consultation(Map<String, Object> d, String ref) {
        StringBuilder zh = new StringBuilder("重大案件会商（" + time(d, "heldAt") + "）：" + s(d, "topic") + "。结论："
                + s(d, "conclusions"));
        StringBuilder en = new StringBuilder("Major-case consultation (" + time(d, "heldAt") + " Beijing time): "
                + s(d, "topic") + ". Conclusions: " + s(d, "conclusions"));
        LocalDate earliest = null;
        if (d.get("followUps") instanceof List<?> followUps) {
            for (Object o : followUps) {
                if (o instanceof Map<?, ?> f) {
                    zh.append(" 待办：").append(f.get("responsibleDepartment")).append(" 于 ").append(f.get("dueDate"))
                            .append(" 前 ").append(f.get("action")).append("。");
                    en.append(" Follow-up: ").append(f.get("responsibleDepartment")).append(" by ")
                            .append(f.get("dueDate")).append(": ").append(f.get("action")).append(".");
                    LocalDate due = date(f.get("dueDate") == null ? null : f.get("dueDate").toString());
                    if (due != null && (earliest == null || due.isBefore(earliest))) {
                        earliest = due;
                    }
                }
            }
        }
        return new Rendered(new NotificationText("重大案件会商纪要：" + ref, "Major-case consultation recorded: " + ref,
                zh.toString(), en.toString()), earliest);
    }

    /** Events of other services: their own status labels, with the due date if they carry one. */
    private static Rendered generic(String type, Map<String, Object> d, String ref) {
        String statusZh = Optional.ofNullable(s(d, "statusZh")).orElse(type);
        String statusEn = Optional.ofNullable(s(d, "statusEn")).orElse(type);
        String dueDate = s(d, "dueDate");
        String zh = "案件 " + ref + "（" + s(d, "district") + "）：" + statusZh + "。";
        String en = "Case " + ref + " (" + s(d, "district") + "): " + statusEn + ".";
        if (dueDate != null) {
            zh += "应于 " + dueDate + " 前办理。";
            en += " Due by " + dueDate + ".";
        }
        return new Rendered(new NotificationText(statusZh + "：" + ref, statusEn + ": " + ref, zh, en), date(dueDate));
    }

    private static Rendered plain(String titleZh, String titleEn, String zh, String en) {
        return new Rendered(new NotificationText(titleZh, titleEn, zh, en), null);
    }

    private static Rendered due(Map<String, Object> d, String field, String titleZh, String titleEn, String zh, String en) {
        return new Rendered(new NotificationText(titleZh, titleEn, zh, en), date(s(d, field)));
    }

    private static String s(Map<String, Object> d, String field) {
        Object v = d.get(field);
        return v == null ? null : v.toString();
    }

    private static boolean bool(Map<String, Object> d, String field) {
        return Boolean.TRUE.equals(d.get(field));
    }

    private static String list(Map<String, Object> d, String field) {
        Object v = d.get(field);
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>();
            l.forEach(o -> out.add(String.valueOf(o)));
            return String.join("、", out);
        }
        return String.valueOf(v);
    }

    private static String time(Map<String, Object> d, String field) {
        String v = s(d, field);
        if (v == null) {
            return "";
        }
        try {
            return MINUTES.format(Instant.parse(v));
        } catch (RuntimeException e) {
            return v;
        }
    }

    private static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
