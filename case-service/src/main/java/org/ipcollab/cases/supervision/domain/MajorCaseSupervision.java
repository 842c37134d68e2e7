package org.ipcollab.cases.supervision.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseMarkedMajor;
import org.ipcollab.cases.infringement.domain.ConsultationRecorded;

/**
 * 重大案件联合督办 — joint supervision of a major case: why the case is major, which departments supervise it
 * (1 to 10, distinct, none of them the case's own department, from any district) and which of them leads. Plain
 * Java: {@link #mark} and {@link #recordConsultation} return what they cause together with its event, and the use
 * case writes both in one transaction.
 *
 * @param caseDepartment the case's own (handling) department
 * @param caseNumber     null only for a case filed before case numbers existed
 * @param leadDepartment 牵头督办部门, one of {@code supervisingDepartments}, or null
 */
public record MajorCaseSupervision(UUID caseId, String district, String caseDepartment, String caseNumber,
        String reason, List<String> supervisingDepartments, String leadDepartment, String markedBy,
        Instant markedAt) {

    public static final int MAX_REASON = 1000;
    public static final int MAX_SUPERVISORS = 10;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The supervision with the event that announces it. */
    public record Marking(MajorCaseSupervision supervision, CaseMarkedMajor event) {
    }

    /** The consultation with the event that announces it. */
    public record Recording(Consultation consultation, ConsultationRecorded event) {
    }

    public MajorCaseSupervision {
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(district);
        Objects.requireNonNull(caseDepartment);
        Objects.requireNonNull(markedBy);
        Objects.requireNonNull(markedAt);
        if (reason == null || reason.isBlank()) {
            throw new InvalidSupervision("reason", "is required / 须说明列为重大案件的理由");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidSupervision("reason", "is longer than " + MAX_REASON + " characters / 理由不得超过"
                    + MAX_REASON + "字");
        }
        if (supervisingDepartments == null || supervisingDepartments.isEmpty()
                || supervisingDepartments.size() > MAX_SUPERVISORS) {
            throw new InvalidSupervision("supervisingDepartments", "needs 1 to " + MAX_SUPERVISORS
                    + " departments / 督办部门须为1至" + MAX_SUPERVISORS + "个");
        }
        Set<String> seen = new HashSet<>();
        for (String d : supervisingDepartments) {
            if (!DepartmentId.isValid(d)) {
                throw new InvalidSupervision("supervisingDepartments", DepartmentId.MESSAGE);
            }
            if (!seen.add(d)) {
                throw new InvalidSupervision("supervisingDepartments", "names " + d + " twice / 督办部门 " + d + " 重复");
            }
            if (d.equals(caseDepartment)) {
                throw new InvalidSupervision("supervisingDepartments", "must not include the case's own department "
                        + d + " / 督办部门不能是本案承办部门 " + d);
            }
        }
        if (leadDepartment != null && !seen.contains(leadDepartment)) {
            throw new InvalidSupervision("leadDepartment", "must be one of the supervising departments"
                    + " / 牵头部门须为督办部门之一");
        }
        supervisingDepartments = List.copyOf(supervisingDepartments);
    }

    /**
     * Marks a case major under joint supervision. Whether the caller may, and whether the case is major already, is
     * the use case's to check (it needs the stored state).
     */
    public static Marking mark(UUID caseId, String district, String caseDepartment, String caseNumber, String reason,
            List<String> supervisingDepartments, String leadDepartment, String markedBy, Instant now) {
        MajorCaseSupervision s = new MajorCaseSupervision(caseId, district, caseDepartment, caseNumber, reason,
                supervisingDepartments, leadDepartment, markedBy, now);
        return new Marking(s, new CaseMarkedMajor(caseId, district, caseDepartment, caseNumber, s.reason(),
                s.supervisingDepartments(), leadDepartment, markedBy, now));
    }

    /** Whether {@code department} is one of the supervising departments. */
    public boolean supervisedBy(String department) {
        return department != null && supervisingDepartments.contains(department);
    }

    public SupervisionRole roleOf(String department) {
        if (!supervisedBy(department)) {
            throw new IllegalArgumentException(department + " does not supervise case " + caseId);
        }
        return department.equals(leadDepartment) ? SupervisionRole.LEAD : SupervisionRole.JOINT;
    }

    /** Readers: anyone of the case's district, and members of a supervising department from any district. */
    public boolean readableBy(String callerDistrict, String callerDepartment) {
        return district.equals(callerDistrict) || supervisedBy(callerDepartment);
    }

    /** Who records a consultation: a regulator of the case's own department, or anyone of a supervising department. */
    public boolean consultationRecordableBy(String callerDepartment, boolean callerIsRegulator) {
        return callerIsRegulator && caseDepartment.equals(callerDepartment) || supervisedBy(callerDepartment);
    }

    /**
     * Records a consultation held on this case: not in the future ({@code heldAt <= now}), with participants of at
     * least {@link Consultation#MIN_DEPARTMENTS} distinct departments, with conclusions; follow-ups are due no earlier
     * than the day (Beijing time) it was held.
     */
    public Recording recordConsultation(UUID consultationId, Instant heldAt, String topic,
            List<Consultation.Participant> participants, String conclusions, List<Consultation.FollowUp> followUps,
            String recordedBy, String recordedByDepartment, Instant now) {
        if (heldAt == null || heldAt.isAfter(now)) {
            throw new InvalidSupervision("heldAt", "must not be in the future / 会商时间不能晚于当前时间");
        }
        if (topic == null || topic.isBlank()) {
            throw new InvalidSupervision("topic", "is required / 须填写会商议题");
        }
        if (conclusions == null || conclusions.isBlank()) {
            throw new InvalidSupervision("conclusions", "are required / 须填写会商结论");
        }
        if (participants == null || participants.stream().map(Consultation.Participant::departmentId).distinct()
                .count() < Consultation.MIN_DEPARTMENTS) {
            throw new InvalidSupervision("participants", "need at least " + Consultation.MIN_DEPARTMENTS
                    + " distinct departments / 参会部门不得少于" + Consultation.MIN_DEPARTMENTS + "个");
        }
        List<Consultation.FollowUp> actions = followUps == null ? List.of() : followUps;
        for (Consultation.FollowUp f : actions) {
            if (f.dueDate().isBefore(heldAt.atZone(BEIJING).toLocalDate())) {
                throw new InvalidSupervision("followUps", "a follow-up is due before the consultation was held"
                        + " / 后续事项的完成期限不能早于会商日期");
            }
        }
        Consultation c = new Consultation(consultationId, caseId, heldAt, topic, participants, conclusions, actions,
                recordedBy, recordedByDepartment, now);
        ConsultationRecorded event = new ConsultationRecorded(caseId, district, caseDepartment, caseNumber,
                consultationId, heldAt, topic,
                c.participants().stream().map(p -> new ConsultationRecorded.Participant(p.departmentId(), p.name(),
                        p.role())).toList(),
                conclusions,
                c.followUps().stream().map(f -> new ConsultationRecorded.FollowUp(f.action(),
                        f.responsibleDepartment(), f.dueDate())).toList(),
                recordedBy, recordedByDepartment, now);
        return new Recording(c, event);
    }
}
