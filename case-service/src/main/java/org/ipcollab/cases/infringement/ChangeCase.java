package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;

import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.CaseRefused;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.RuleBook;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.problem.DomainConflictException;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.timeline.CaseTimeline;

import io.quarkus.security.ForbiddenException;

/**
 * Applies one lifecycle command to a case for the calling officer: the case row is locked, the command runs on the
 * plain domain object, and the changed case, its clocks, its record entry and its events commit together — or nothing
 * does. Cases of another district are invisible (404); another department's cases are refused (403); a command the
 * case's state does not allow is refused (409); a command that is not well-formed for the domain is 422.
 */
@ApplicationScoped
public class ChangeCase {
    @Inject
    CaseRepository cases;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseTimeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    LegalRules legalRules;

    Clock clock = Clock.systemUTC();

    /** The rules in force, for commands that need them. */
    public RuleBook rules() {
        return ruleBook(legalRules);
    }

    /** The rule book of the rules in force now (they change when an administrator loads a document). */
    static RuleBook ruleBook(LegalRules rules) {
        return new RuleBook(rules.calendar(), rules.timeLimits(), rules.thresholds());
    }

    /** The case as its own department's officer may change it; locked until commit. */
    InfringementCase loadForChange(UUID id) {
        CaseEntity entity = cases.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(c -> c.district.equals(caller.district()))
                .orElseThrow(() -> new NotFoundException("no case " + id + " in district " + caller.district()));
        if (!entity.departmentId.equals(caller.department())) {
            throw new ForbiddenException("case " + id + " belongs to department " + entity.departmentId
                    + "; a caller of " + caller.department() + " cannot change it");
        }
        return entity.toDomain(clocks.of(id));
    }

    /**
     * Runs {@code command} (given the case, the instant and the rules) on case {@code id} and stores its outcome.
     */
    @Transactional
    public InfringementCase apply(UUID id,
            BiFunction<InfringementCase, Instant, InfringementCase.Change> command) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        InfringementCase before = loadForChange(id);
        InfringementCase.Change change;
        try {
            change = command.apply(before, now);
        } catch (CaseRefused e) {
            throw new DomainConflictException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        store(before, change, now);
        return change.after();
    }

    /** Stores a change computed elsewhere (e.g. by the overdue scan), in the caller's transaction. */
    void store(InfringementCase before, InfringementCase.Change change, Instant now) {
        InfringementCase after = change.after();
        CaseEntity entity = cases.findById(after.id());
        entity.apply(after);
        clocks.save(after.id(), after.progress().clocks(), now);
        cases.flush();
        timeline.append(after.id(), change.action(), change.summaryZh(), change.summaryEn(), CaseSnapshot.of(before),
                CaseSnapshot.of(after));
        for (CaseEvent event : change.events()) {
            outbox.append("case", event.caseId().toString(), event.type(), event.district(), event);
        }
    }
}
