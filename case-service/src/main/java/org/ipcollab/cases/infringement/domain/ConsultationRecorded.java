package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 重大案件会商已记录 — a consultation (会商) of the departments on a major case was recorded, with its conclusions and
 * follow-up actions. Schema: docs/events/case.consultation-recorded.v1.schema.json. Raised by
 * {@code supervision.domain.MajorCaseSupervision#recordConsultation}; it lives here only because a sealed interface's
 * permitted records must share its package (Java 17, unnamed module).
 *
 * @param departmentId the case's own (handling) department
 * @param recordedByDepartment the department of the person who recorded it (the case's or a supervising one)
 */
public record ConsultationRecorded(UUID caseId, String district, String departmentId, String caseNumber,
        UUID consultationId, Instant heldAt, String topic, List<Participant> participants, String conclusions,
        List<FollowUp> followUps, String recordedBy, String recordedByDepartment, Instant recordedAt)
        implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.consultation-recorded.v1";

    /** 参会人员: an official taking part for a department, with the post they hold (e.g. 科长). */
    public record Participant(String departmentId, String name, String role) {
    }

    /** 后续事项: an agreed action, the department responsible and the date it is due. */
    public record FollowUp(String action, String responsibleDepartment, LocalDate dueDate) {
    }

    public ConsultationRecorded {
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
