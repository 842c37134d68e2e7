package org.ipcollab.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.ipcollab.referral.referral.domain.Actor;
import org.ipcollab.referral.referral.domain.Fact;
import org.ipcollab.referral.referral.domain.Referral;
import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.referral.domain.ReverseReferral;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * 超期提醒 — finds duty clocks that ran out and publishes {@code referral.clock-overdue.v1} exactly once per clock,
 * naming the procuratorate it escalates to: the event, the step record and {@code overdue_notified_at} commit
 * together, and rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so replicas never report the same clock twice and
 * a restart finds the flag set. A clock whose stored due instant passed but that is not overdue when read again
 * has its due instant moved instead.
 */
@ApplicationScoped
public class OverdueClocks {
    private static final Logger LOG = Logger.getLogger(OverdueClocks.class);
    static final int BATCH = 100;

    @Inject
    ReferralClocks clocks;

    @Inject
    ReferralRepository referrals;

    @Inject
    ReverseReferralRepository reverses;

    @Inject
    ReferralEvents events;

    @Inject
    ReferralRules rules;

    Clock clock = Clock.systemUTC();

    @Scheduled(every = "${ipcollab.clocks.scan-every:60s}", delayed = "${ipcollab.clocks.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        try {
            int seen;
            do {
                seen = scanOnce();
            } while (seen == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("overdue scan failed, will retry: %s", e.getMessage());
        }
    }

    /** One batch; answers how many clocks were looked at. */
    @Transactional
    public int scanOnce() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> due = clocks.dueBefore(now, BATCH);
        for (Object[] row : due) {
            UUID ownerId = UUID.fromString((String) row[0]);
            ReferralClocks.Owner owner = ReferralClocks.Owner.valueOf((String) row[1]);
            ReferralClockKind kind = ReferralClockKind.valueOf((String) row[2]);
            if (owner == ReferralClocks.Owner.REFERRAL) {
                ReferralEntity entity = referrals.findById(ownerId);
                Referral r = entity.toDomain(clocks.of(ownerId));
                Optional<Fact> overdue = r.overdue(kind, now, rules.book());
                if (overdue.isEmpty()) {
                    clocks.moveDue(ownerId, kind, r.clocks().get(kind).read(rules.book().calendar(), now).dueAt());
                    continue;
                }
                clocks.markOverdueNotified(ownerId, kind, now);
                events.record(r, system(r.district()), overdue.get(), r.status().name(), now);
            } else {
                ReverseReferralEntity entity = reverses.findById(ownerId);
                ReverseReferral r = entity.toDomain(clocks.of(ownerId));
                Optional<Fact> overdue = r.overdue(kind, now, rules.book());
                if (overdue.isEmpty()) {
                    clocks.moveDue(ownerId, kind, r.clocks().get(kind).read(rules.book().calendar(), now).dueAt());
                    continue;
                }
                clocks.markOverdueNotified(ownerId, kind, now);
                events.record(r, system(r.district()), overdue.get(), r.status().name(), now);
            }
        }
        return due.size();
    }

    private static Actor system(String district) {
        return new Actor("ipcollab-referral-service", "system", "system", district);
    }
}
