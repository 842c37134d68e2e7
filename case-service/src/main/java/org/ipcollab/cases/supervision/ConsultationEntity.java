package org.ipcollab.cases.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ipcollab.cases.supervision.domain.Consultation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Persistence of a {@link Consultation}; participants and follow-ups are JSON arrays in text columns. */
@Entity
@Table(name = "case_consultation")
public class ConsultationEntity {
    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "held_at", nullable = false)
    public Instant heldAt;

    @Column(nullable = false, length = 200)
    public String topic;

    /** JSON array of {@link ParticipantRow}. */
    @Column(nullable = false, columnDefinition = "text")
    public String participants;

    @Column(nullable = false, columnDefinition = "text")
    public String conclusions;

    /** JSON array of {@link FollowUpRow}. */
    @Column(name = "follow_ups", nullable = false, columnDefinition = "text")
    public String followUps;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_department", nullable = false, length = 100)
    public String recordedByDepartment;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    record ParticipantRow(String departmentId, String name, String role) {
    }

    /** {@code dueDate} as an ISO date string. */
    record FollowUpRow(String action, String responsibleDepartment, String dueDate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static ConsultationEntity from(Consultation c) {
        ConsultationEntity e = new ConsultationEntity();
        e.id = c.id();
        e.caseId = c.caseId();
        e.heldAt = c.heldAt();
        e.topic = c.topic();
        e.participants = write(c.participants().stream()
                .map(p -> new ParticipantRow(p.departmentId(), p.name(), p.role())).toList());
        e.conclusions = c.conclusions();
        e.followUps = write(c.followUps().stream()
                .map(f -> new FollowUpRow(f.action(), f.responsibleDepartment(), f.dueDate().toString())).toList());
        e.recordedBy = c.recordedBy();
        e.recordedByDepartment = c.recordedByDepartment();
        e.recordedAt = c.recordedAt();
        return e;
    }

    Consultation toDomain() {
        List<Consultation.Participant> people = read(participants, new TypeReference<List<ParticipantRow>>() {
        }).stream().map(p -> new Consultation.Participant(p.departmentId(), p.name(), p.role())).toList();
        List<Consultation.FollowUp> actions = read(followUps, new TypeReference<List<FollowUpRow>>() {
        }).stream().map(f -> new Consultation.FollowUp(f.action(), f.responsibleDepartment(),
                LocalDate.parse(f.dueDate()))).toList();
        return new Consultation(id, caseId, heldAt, topic, people, conclusions, actions, recordedBy,
                recordedByDepartment, recordedAt);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write consultation column as JSON", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read consultation column JSON", e);
        }
    }
}
