package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.RuleBook;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.timeline.CaseTimeline;
import org.ipcollab.cases.timeline.domain.TimelineActor;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * 超期提醒 — finds clocks that ran out and publishes {@code case.clock-overdue.v1} exactly once per clock: the event,
 * the record entry and {@code overdue_notified_at} commit together, and rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas never report the same clock twice. A clock whose stored due instant
 * passed only because a pause was still open is re-read and its due instant moved instead.
 */
@ApplicationScoped
public class OverdueClocks {
    private static final Logger LOG = Logger.getLogger(OverdueClocks.class);
    static final TimelineActor SYSTEM = new TimelineActor("system", "system", "ipcollab-case-service");

    @Inject
    CaseClocks clocks;

    @Inject
    CaseRepository cases;

    @Inject
    CaseTimeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    LegalRules rules;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${ipcollab.clocks.scan-every:60s}", delayed = "${ipcollab.clocks.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            int reported;
            do {
                reported = scanOnce();
            } while (reported == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("overdue scan failed, will retry: %s", e.getMessage());
        }
    }

    static final int BATCH = 100;

    /** One batch; answers how many clocks were looked at. */
    @Transactional
    public int scanOnce() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        RuleBook book = ChangeCase.ruleBook(rules);
        List<Object[]> due = clocks.dueBefore(now, BATCH);
        for (Object[] row : due) {
            UUID caseId = UUID.fromString((String) row[0]);
            CaseClockKind kind = CaseClockKind.valueOf((String) row[1]);
            CaseEntity entity = cases.findById(caseId);
            InfringementCase c = entity.toDomain(clocks.of(caseId));
            Optional<InfringementCase.Change> overdue = c.overdue(kind, now, book);
            if (overdue.isEmpty()) {
                clocks.moveDue(caseId, kind, c.progress().clock(kind).read(book.calendar(), now).dueAt());
                continue;
            }
            InfringementCase.Change change = overdue.get();
            clocks.markOverdueNotified(caseId, kind, now);
            timeline.append(SYSTEM, caseId, change.action(), change.summaryZh(), change.summaryEn(), null,
                    java.util.Map.of("clock", kind.name(), "status", "OVERDUE"));
            for (CaseEvent event : change.events()) {
                outbox.append("case", event.caseId().toString(), event.type(), event.district(), event);
            }
        }
        return due.size();
    }
}
