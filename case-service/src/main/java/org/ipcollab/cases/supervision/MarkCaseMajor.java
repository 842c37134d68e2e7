package org.ipcollab.cases.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.ipcollab.cases.supervision.domain.InvalidSupervision;
import org.ipcollab.cases.supervision.domain.MajorCaseSupervision;
import org.ipcollab.cases.supervision.domain.SupervisionAction;
import org.ipcollab.cases.timeline.CaseTimeline;

/**
 * 列为重大案件联合督办 — a regulator of the case's department, or an administrator of its district, marks a case major
 * and names the departments that supervise it jointly. The supervision, its record entry ({@code MARKED_MAJOR}) and
 * its {@code case.marked-major} event commit together; a refusal changes nothing.
 */
@ApplicationScoped
public class MarkCaseMajor {
    @Inject
    CaseAccess access;

    @Inject
    SupervisionRepository supervisions;

    @Inject
    CaseTimeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public MajorCaseSupervision mark(UUID caseId, MarkMajorRequest request) {
        CaseAccess.Visible visible = access.visible(caseId, LockModeType.PESSIMISTIC_WRITE); // 404
        CaseEntity theCase = visible.theCase();
        caller.requireDepartmentOrDistrictAdmin(theCase.departmentId, theCase.district); // 403
        if (visible.supervision().isPresent()) {
            throw new DomainConflictException("case " + caseId + " is already a major case under joint supervision"
                    + " / 该案件已列为重大案件联合督办");
        }
        if (theCase.status.isFinal()) {
            throw new DomainConflictException("case " + caseId + " is " + theCase.status + "; a final case is not"
                    + " put under supervision / 已结案或不予立案的案件不再列为重大案件");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        MajorCaseSupervision.Marking marking;
        try {
            marking = MajorCaseSupervision.mark(caseId, theCase.district, theCase.departmentId, theCase.caseNumber,
                    request.reason(), request.supervisingDepartments(), request.leadDepartment(), caller.subject(),
                    now);
        } catch (InvalidSupervision e) {
            throw new ValidationException(e.field() + ": " + e.getMessage()); // 422
        }
        MajorCaseSupervision s = marking.supervision();
        supervisions.persist(SupervisionEntity.from(s));
        supervisions.flush();
        String departments = String.join("、", s.supervisingDepartments());
        String lead = s.leadDepartment() == null ? "" : "（牵头：" + s.leadDepartment() + "）";
        String leadEn = s.leadDepartment() == null ? "" : " (lead: " + s.leadDepartment() + ")";
        timeline.append(caseId, SupervisionAction.MARKED_MAJOR.name(),
                SupervisionAction.MARKED_MAJOR.labelZh() + "：督办部门 " + departments + lead + "；理由：" + s.reason(),
                SupervisionAction.MARKED_MAJOR.labelEn() + ": supervised by " + String.join(", ",
                        s.supervisingDepartments()) + leadEn + "; reason: " + s.reason(),
                SupervisionSnapshot.notMajor(caseId), SupervisionSnapshot.of(s));
        outbox.append("case", caseId.toString(), marking.event().type(), marking.event().district(), marking.event());
        return s;
    }
}
