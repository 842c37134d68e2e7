package org.ipcollab.cases.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;

import org.ipcollab.cases.infringement.CaseEntity;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.security.Roles;
import org.ipcollab.cases.supervision.domain.Consultation;
import org.ipcollab.cases.supervision.domain.InvalidSupervision;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;
import org.ipcollab.cases.supervision.domain.SupervisionAction;
import org.ipcollab.cases.timeline.CaseTimeline;

import io.quarkus.security.ForbiddenException;

/**
 * 重大案件会商 — a regulator of the case's department, or anyone of a supervising department, records a consultation
 * held on a major case. The consultation, its record entry ({@code CONSULTATION_RECORDED}) and its
 * {@code case.consultation-recorded} event commit together; a refusal changes nothing.
 */
@ApplicationScoped
public class RecordConsultation {
    private static final DateTimeFormatter BEIJING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    CaseAccess access;

    @Inject
    ConsultationRepository consultations;

    @Inject
    CaseTimeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Consultation record(UUID caseId, ConsultationRequest request) {
        CaseAccess.Visible visible = access.visible(caseId, LockModeType.PESSIMISTIC_WRITE); // 404
        CaseEntity theCase = visible.theCase();
        boolean regulator = caller.hasRole(Roles.REGULATOR);
        boolean allowed = visible.supervision()
                .map(s -> s.consultationRecordableBy(caller.department(), regulator))
                .orElse(regulator && theCase.departmentId.equals(caller.department()));
        if (!allowed) {
            throw new ForbiddenException("only a regulator of department " + theCase.departmentId
                    + " or a member of a supervising department records a consultation on case " + caseId);
        }
        MajorCaseSupervision supervision = visible.supervision().orElseThrow(() -> new DomainConflictException(
                "case " + caseId + " is not a major case: consultations are recorded for major cases only"
                        + " / 该案件未列为重大案件，不能记录会商"));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Consultation.Participant> participants = request.participants().stream()
                .map(p -> new Consultation.Participant(p.departmentId(), p.name().strip(), p.role().strip())).toList();
        List<Consultation.FollowUp> followUps = request.followUps() == null ? List.of() : request.followUps().stream()
                .map(f -> new Consultation.FollowUp(f.action().strip(), f.responsibleDepartment(), f.dueDate()))
                .toList();
        MajorCaseSupervision.Recording recording;
        try {
            recording = supervision.recordConsultation(UUID.randomUUID(),
                    request.heldAt().truncatedTo(ChronoUnit.MICROS), request.topic().strip(), participants,
                    request.conclusions(), followUps, caller.subject(), caller.department(), now);
        } catch (InvalidSupervision e) {
            throw new ValidationException(e.field() + ": " + e.getMessage()); // 422
        }
        Consultation c = recording.consultation();
        consultations.persist(ConsultationEntity.from(c));
        consultations.flush();
        timeline.append(caseId, SupervisionAction.CONSULTATION_RECORDED.name(),
                SupervisionAction.CONSULTATION_RECORDED.labelZh() + "：" + BEIJING_TIME.format(c.heldAt())
                        + "（北京时间）会商“" + c.topic() + "”，参会部门 " + String.join("、", c.departments())
                        + "，后续事项 " + c.followUps().size() + " 项",
                SupervisionAction.CONSULTATION_RECORDED.labelEn() + ": \"" + c.topic() + "\" held "
                        + BEIJING_TIME.format(c.heldAt()) + " Beijing time with " + String.join(", ", c.departments())
                        + "; " + c.followUps().size() + " follow-up action(s)",
                null, SupervisionSnapshot.ConsultationState.of(c));
        outbox.append("case", caseId.toString(), recording.event().type(), recording.event().district(),
                recording.event());
        return c;
    }
}
