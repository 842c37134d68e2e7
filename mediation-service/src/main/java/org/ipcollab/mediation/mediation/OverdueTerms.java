package org.ipcollab.mediation.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.mediation.mediation.domain.MediationEvent;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * 逾期未履行 — finds agreement terms whose deadline passed without performance and publishes
 * {@code mediation.term-overdue.v1} exactly once per term: rows are claimed with {@code FOR UPDATE SKIP LOCKED} and the
 * event and {@code overdue_notified_at} commit together, so replicas never report one term twice.
 */
@ApplicationScoped
public class OverdueTerms {
    private static final Logger LOG = Logger.getLogger(OverdueTerms.class);
    static final int BATCH = 100;

    @Inject
    MediationRepository repository;

    @Inject
    ChangeMediation changes;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${ipcollab.terms.scan-every:60s}", delayed = "${ipcollab.terms.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            int seen;
            do {
                seen = scanOnce();
            } while (seen == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("overdue-term scan failed, will retry: %s", e.getMessage());
        }
    }

    /** One batch; answers how many terms were looked at. */
    @Transactional
    public int scanOnce() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> due = repository.overdueTerms(now, BATCH);
        for (Object[] row : due) {
            UUID id = UUID.fromString((String) row[0]);
            int seq = ((Number) row[1]).intValue();
            var loaded = repository.find(id, false).orElseThrow();
            List<MediationEvent> events = loaded.mediation().termOverdue(seq, now);
            repository.markTermOverdueNotified(id, seq, now);
            changes.publish(events);
        }
        return due.size();
    }
}
