package org.ipcollab.referral.referral;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.referral.referral.domain.ReferralClockKind;
import org.ipcollab.referral.rules.domain.Extension;
import org.ipcollab.referral.rules.domain.ExtensionAuthority;
import org.ipcollab.referral.rules.domain.Pause;
import org.ipcollab.referral.rules.domain.PauseReason;
import org.ipcollab.referral.rules.domain.PeriodUnit;
import org.ipcollab.referral.rules.domain.StatutoryClock;
import org.ipcollab.referral.rules.domain.WorkingDayCalendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statutory clocks of referrals and reverse referrals in {@code referral_clock}, one row per owner and kind,
 * stored as their parts (rule, start, pauses, extensions, stop). A clock is restored under the version of its rule in
 * force on the legal date it started, so a later change of a time limit never moves a running clock.
 */
@ApplicationScoped
public class ReferralClocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Owner {
        REFERRAL, REVERSE_REFERRAL
    }

    @Inject
    EntityManager em;

    @Inject
    ReferralRules rules;

    record PauseRow(PauseReason reason, String from, String until) {
    }

    record ExtensionRow(ExtensionAuthority authority, int amount, PeriodUnit unit, String reference, String grantedAt) {
    }

    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<ReferralClockKind, StatutoryClock> of(UUID ownerId) {
        List<Object[]> rows = em.createNativeQuery("select kind, rule_id, started_at, pauses, extensions, stopped_at"
                + " from referral_clock where owner_id = :id").setParameter("id", ownerId).getResultList();
        Map<ReferralClockKind, StatutoryClock> clocks = new EnumMap<>(ReferralClockKind.class);
        for (Object[] r : rows) {
            Instant started = instant(r[2]);
            var rule = rules.book().timeLimits().inForce((String) r[1], WorkingDayCalendar.legalDate(started));
            List<Pause> pauses = read((String) r[3], new TypeReference<List<PauseRow>>() {
            }).stream().map(p -> new Pause(p.reason(), Instant.parse(p.from()),
                    p.until() == null ? null : Instant.parse(p.until()))).toList();
            List<Extension> extensions = read((String) r[4], new TypeReference<List<ExtensionRow>>() {
            }).stream().map(x -> new Extension(x.authority(), x.amount(), x.unit(), x.reference(),
                    Instant.parse(x.grantedAt()))).toList();
            clocks.put(ReferralClockKind.valueOf((String) r[0]),
                    StatutoryClock.restore(rule, started, pauses, extensions, r[5] == null ? null : instant(r[5])));
        }
        return clocks;
    }

    /**
     * Writes the owner's clocks as they are now and deletes the ones it no longer has. A clock that started again (a
     * referral forwarded to other police is received again) is eligible for a new overdue notice; otherwise a notice
     * already given stands.
     */
    @Transactional(TxType.MANDATORY)
    public void save(UUID ownerId, Owner owner, Map<ReferralClockKind, StatutoryClock> clocks, Instant now) {
        WorkingDayCalendar calendar = rules.book().calendar();
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<ReferralClockKind, StatutoryClock> e : clocks.entrySet()) {
            StatutoryClock c = e.getValue();
            kinds.add(e.getKey().name());
            Instant due = c.read(calendar, now.isBefore(c.startedAt()) ? c.startedAt() : now).dueAt();
            em.createNativeQuery("insert into referral_clock (owner_id, owner_type, kind, rule_id, started_at, pauses,"
                    + " extensions, stopped_at, due_at, duty) values (:id, :owner, :kind, :ruleId, :startedAt, :pauses,"
                    + " :extensions, :stoppedAt, :dueAt, :duty) on conflict (owner_id, kind) do update set"
                    + " rule_id = excluded.rule_id, started_at = excluded.started_at, pauses = excluded.pauses,"
                    + " extensions = excluded.extensions, stopped_at = excluded.stopped_at, due_at = excluded.due_at,"
                    + " overdue_notified_at = case when referral_clock.started_at = excluded.started_at"
                    + " and excluded.due_at <= referral_clock.due_at then referral_clock.overdue_notified_at end")
                    .setParameter("id", ownerId)
                    .setParameter("owner", owner.name())
                    .setParameter("kind", e.getKey().name())
                    .setParameter("ruleId", c.rule().id())
                    .setParameter("startedAt", c.startedAt())
                    .setParameter("pauses", write(c.pauses().stream().map(p -> new PauseRow(p.reason(),
                            p.from().toString(), p.until() == null ? null : p.until().toString())).toList()))
                    .setParameter("extensions", write(c.extensions().stream().map(x -> new ExtensionRow(x.authority(),
                            x.amount(), x.unit(), x.reference(), x.grantedAt().toString())).toList()))
                    .setParameter("stoppedAt", c.stoppedAt())
                    .setParameter("dueAt", due)
                    .setParameter("duty", e.getKey().isDuty())
                    .executeUpdate();
        }
        var delete = em.createNativeQuery("delete from referral_clock where owner_id = :id"
                + (kinds.isEmpty() ? "" : " and kind not in (:kinds)")).setParameter("id", ownerId);
        if (!kinds.isEmpty()) {
            delete.setParameter("kinds", kinds);
        }
        delete.executeUpdate();
    }

    /** Duty clocks whose stored due instant has passed and that were not reported: (owner id, owner type, kind). */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Object[]> dueBefore(Instant now, int limit) {
        return em.createNativeQuery("select cast(owner_id as text), owner_type, kind from referral_clock"
                + " where stopped_at is null and overdue_notified_at is null and duty and due_at < :now"
                + " order by due_at limit :limit for update skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    @Transactional(TxType.MANDATORY)
    public void markOverdueNotified(UUID ownerId, ReferralClockKind kind, Instant now) {
        em.createNativeQuery("update referral_clock set overdue_notified_at = :now where owner_id = :id and kind = :kind")
                .setParameter("now", now).setParameter("id", ownerId).setParameter("kind", kind.name())
                .executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void moveDue(UUID ownerId, ReferralClockKind kind, Instant dueAt) {
        em.createNativeQuery("update referral_clock set due_at = :dueAt where owner_id = :id and kind = :kind")
                .setParameter("dueAt", dueAt).setParameter("id", ownerId).setParameter("kind", kind.name())
                .executeUpdate();
    }

    /** When each clock of the owner was reported overdue, by kind. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<ReferralClockKind, Instant> notified(UUID ownerId) {
        List<Object[]> rows = em.createNativeQuery("select kind, overdue_notified_at from referral_clock"
                + " where owner_id = :id and overdue_notified_at is not null").setParameter("id", ownerId)
                .getResultList();
        Map<ReferralClockKind, Instant> out = new EnumMap<>(ReferralClockKind.class);
        for (Object[] r : rows) {
            out.put(ReferralClockKind.valueOf((String) r[0]), instant(r[1]));
        }
        return out;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write clock JSON", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read clock JSON", e);
        }
    }
}
