package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.supervision.domain.Consultation;

/** 重大案件会商 as the API shows it. */
public record ConsultationResponse(UUID id, UUID caseId, String labelZh, String labelEn, Instant heldAt,
        String topic, List<ParticipantView> participants, List<String> departments, String conclusions,
        List<FollowUpView> followUps, String recordedBy, String recordedByDepartment, Instant recordedAt) {

    public static final String LABEL_ZH = "重大案件会商";
    public static final String LABEL_EN = "Major-case consultation";

    public record ParticipantView(String departmentId, String name, String role) {
    }

    public record FollowUpView(String action, String responsibleDepartment, LocalDate dueDate) {
    }

    /** A case's consultations, earliest held first. */
    public record ListResponse(UUID caseId, List<ConsultationResponse> consultations) {
    }

    static ConsultationResponse of(Consultation c) {
        return new ConsultationResponse(c.id(), c.caseId(), LABEL_ZH, LABEL_EN, c.heldAt(), c.topic(),
                c.participants().stream().map(p -> new ParticipantView(p.departmentId(), p.name(), p.role())).toList(),
                c.departments(), c.conclusions(),
                c.followUps().stream().map(f -> new FollowUpView(f.action(), f.responsibleDepartment(), f.dueDate()))
                        .toList(),
                c.recordedBy(), c.recordedByDepartment(), c.recordedAt());
    }
}
