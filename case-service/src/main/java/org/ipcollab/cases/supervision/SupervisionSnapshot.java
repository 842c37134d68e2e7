package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.supervision.domain.Consultation;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;

/** The supervision state of a case as its record ({@code CaseTimeline}) keeps it before and after a change. */
public record SupervisionSnapshot(UUID caseId, boolean major, String reason, List<String> supervisingDepartments,
        String leadDepartment, String markedBy, Instant markedAt) {

    /** Before {@code MARKED_MAJOR}: an ordinary case. */
    static SupervisionSnapshot notMajor(UUID caseId) {
        return new SupervisionSnapshot(caseId, false, null, List.of(), null, null, null);
    }

    static SupervisionSnapshot of(MajorCaseSupervision s) {
        return new SupervisionSnapshot(s.caseId(), true, s.reason(), s.supervisingDepartments(), s.leadDepartment(),
                s.markedBy(), s.markedAt());
    }

    /** After {@code CONSULTATION_RECORDED}: the consultation as recorded (there was none before, so no before state). */
    record ConsultationState(UUID id, UUID caseId, Instant heldAt, String topic,
            List<Consultation.Participant> participants, String conclusions, List<FollowUpState> followUps,
            String recordedBy, String recordedByDepartment, Instant recordedAt) {

        /** {@code dueDate} as an ISO date, so the record's JSON does not depend on date serialisation settings. */
        record FollowUpState(String action, String responsibleDepartment, String dueDate) {
        }

        static ConsultationState of(Consultation c) {
            return new ConsultationState(c.id(), c.caseId(), c.heldAt(), c.topic(), c.participants(), c.conclusions(),
                    c.followUps().stream().map(f -> new FollowUpState(f.action(), f.responsibleDepartment(),
                            f.dueDate().toString())).toList(),
                    c.recordedBy(), c.recordedByDepartment(), c.recordedAt());
        }
    }
}
