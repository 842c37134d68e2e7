package org.ipcollab.cases.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 重大案件会商 — a consultation of the departments on a major case: when it was held, its topic, who took part for
 * which department, its conclusions and the follow-up actions agreed. Made only by
 * {@link MajorCaseSupervision#recordConsultation}, which checks its rules.
 */
public record Consultation(UUID id, UUID caseId, Instant heldAt, String topic, List<Participant> participants,
        String conclusions, List<FollowUp> followUps, String recordedBy, String recordedByDepartment,
        Instant recordedAt) {

    /** A consultation needs departments, not one department talking to itself: at least two distinct ones. */
    public static final int MIN_DEPARTMENTS = 2;

    /** 参会人员 — an official taking part for a department, with the post they hold (free text, e.g. 科长). */
    public record Participant(String departmentId, String name, String role) {
        public Participant {
            Objects.requireNonNull(departmentId);
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
        }
    }

    /** 后续事项 — an action agreed at the consultation, the department responsible and the date it is due. */
    public record FollowUp(String action, String responsibleDepartment, LocalDate dueDate) {
        public FollowUp {
            Objects.requireNonNull(action);
            Objects.requireNonNull(responsibleDepartment);
            Objects.requireNonNull(dueDate);
        }
    }

    public Consultation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(heldAt);
        Objects.requireNonNull(topic);
        Objects.requireNonNull(conclusions);
        Objects.requireNonNull(recordedBy);
        Objects.requireNonNull(recordedByDepartment);
        Objects.requireNonNull(recordedAt);
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
    }

    /** The distinct departments that took part, in the order they first appear. */
    public List<String> departments() {
        return participants.stream().map(Participant::departmentId).distinct().toList();
    }
}
