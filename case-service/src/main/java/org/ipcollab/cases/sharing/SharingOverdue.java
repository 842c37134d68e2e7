package org.ipcollab.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.domain.AssistanceRequestOverdue;
import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.ClueTransferOverdue;
import org.ipcollab.cases.messaging.Outbox;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * 超期未答复 — clue transfers and assistance requests not answered by their due instant publish
 * {@code clue-transfer-overdue.v1} / {@code assistance-request-overdue.v1} once: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and {@code overdue_notified_at} is set in the transaction that writes the event.
 */
@ApplicationScoped
public class SharingOverdue {
    private static final Logger LOG = Logger.getLogger(SharingOverdue.class);
    static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${ipcollab.sharing.scan-every:60s}", delayed = "${ipcollab.sharing.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            while (scanOnce() == BATCH) {
                // another full batch may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("sharing overdue scan failed, will retry: %s", e.getMessage());
        }
    }

    /** One batch of each kind; answers the larger number of rows reported. */
    @Transactional
    public int scanOnce() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Object[]> clues = em.createNativeQuery("select cast(id as text), cast(agreement_id as text), to_district,"
                + " from_district, sent_at, due_at from clue_transfer where status = 'SENT' and overdue_notified_at is null"
                + " and due_at < :now order by due_at limit " + BATCH + " for update skip locked")
                .setParameter("now", now).getResultList();
        for (Object[] r : clues) {
            UUID id = UUID.fromString((String) r[0]);
            em.createNativeQuery("update clue_transfer set overdue_notified_at = :now where id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            emit(ClueTransfers.AGGREGATE, new ClueTransferOverdue(id, UUID.fromString((String) r[1]), (String) r[2],
                    (String) r[3], instant(r[4]), instant(r[5]), now));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> requests = em.createNativeQuery("select cast(id as text), cast(agreement_id as text),"
                + " to_district, from_district, kind, sent_at, due_at from assistance_request where status = 'REQUESTED'"
                + " and overdue_notified_at is null and due_at < :now order by due_at limit " + BATCH
                + " for update skip locked").setParameter("now", now).getResultList();
        for (Object[] r : requests) {
            UUID id = UUID.fromString((String) r[0]);
            em.createNativeQuery("update assistance_request set overdue_notified_at = :now where id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            emit(Assistance.AGGREGATE, new AssistanceRequestOverdue(id, UUID.fromString((String) r[1]),
                    (String) r[2], (String) r[3], (String) r[4], instant(r[5]), instant(r[6]), now));
        }
        return Math.max(clues.size(), requests.size());
    }

    private void emit(String aggregate, CaseEvent event) {
        outbox.append(aggregate, event.caseId().toString(), event.type(), event.district(), event);
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
