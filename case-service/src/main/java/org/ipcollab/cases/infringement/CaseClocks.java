package org.ipcollab.cases.infringement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.rules.domain.Extension;
import org.ipcollab.cases.rules.domain.ExtensionAuthority;
import org.ipcollab.cases.rules.domain.Pause;
import org.ipcollab.cases.rules.domain.PauseReason;
import org.ipcollab.cases.rules.domain.PeriodUnit;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The statutory clocks of cases in {@code case_clock}: one row per case and kind. A clock is restored under the
 * version of its rule in force on the legal date it started, so a later change of a time limit never moves a clock
 * that is already running.
 */
@ApplicationScoped
public class CaseClocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    LegalRules rules;

    record PauseRow(PauseReason reason, String from, String until) {
    }

    record ExtensionRow(ExtensionAuthority authority, int amount, PeriodUnit unit, String reference, String grantedAt) {
    }

    /** A case's clocks. */
    @Transactional(TxType.MANDATORY)
    public Map<CaseClockKind, StatutoryClock> of(UUID caseId) {
        return of(List.of(caseId)).getOrDefault(caseId, new EnumMap<>(CaseClockKind.class));
    }

    /** The clocks of several cases in one query (a page of a search), by case id; a case without clocks is absent. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<CaseClockKind, StatutoryClock>> of(Collection<UUID> caseIds) {
        Map<UUID, Map<CaseClockKind, StatutoryClock>> byCase = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        List<Object[]> rows = em.createNativeQuery("select cast(case_id as text), kind, rule_id, started_at, pauses, extensions,"
                + " stopped_at from case_clock where case_id in (:caseIds)").setParameter("caseIds", caseIds)
                .getResultList();
        for (Object[] r : rows) {
            Instant started = instant(r[3]);
            var rule = rules.timeLimits().inForce((String) r[2], WorkingDayCalendar.legalDate(started));
            List<Pause> pauses = read((String) r[4], new TypeReference<List<PauseRow>>() {
            }).stream().map(p -> new Pause(p.reason(), Instant.parse(p.from()),
                    p.until() == null ? null : Instant.parse(p.until()))).toList();
            List<Extension> extensions = read((String) r[5], new TypeReference<List<ExtensionRow>>() {
            }).stream().map(x -> new Extension(x.authority(), x.amount(), x.unit(), x.reference(),
                    Instant.parse(x.grantedAt()))).toList();
            byCase.computeIfAbsent(UUID.fromString((String) r[0]), k -> new EnumMap<>(CaseClockKind.class)).put(
                    CaseClockKind.valueOf((String) r[1]),
                    StatutoryClock.restore(rule, started, pauses, extensions, r[6] == null ? null : instant(r[6])));
        }
        return byCase;
    }

    /**
     * Writes a case's clocks as they are now. A clock that started again (e.g. a second legal review) or whose due
     * instant moved later is eligible for a new overdue notice; otherwise a notice already given stands.
     */
    @Transactional(TxType.MANDATORY)
    public void save(UUID caseId, Map<CaseClockKind, StatutoryClock> clocks, Instant now) {
        WorkingDayCalendar calendar = rules.calendar().provisional();
        for (Map.Entry<CaseClockKind, StatutoryClock> e : clocks.entrySet()) {
            StatutoryClock c = e.getValue();
            Instant due = c.read(calendar, now.isBefore(c.startedAt()) ? c.startedAt() : now).dueAt();
            em.createNativeQuery("insert into case_clock (case_id, kind, rule_id, started_at, pauses, extensions,"
                    + " stopped_at, due_at) values (:caseId, :kind, :ruleId, :startedAt, :pauses, :extensions,"
                    + " :stoppedAt, :dueAt) on conflict (case_id, kind) do update set rule_id = excluded.rule_id,"
                    + " started_at = excluded.started_at, pauses = excluded.pauses, extensions = excluded.extensions,"
                    + " stopped_at = excluded.stopped_at, due_at = excluded.due_at,"
                    + " overdue_notified_at = case when case_clock.started_at = excluded.started_at"
                    + " and excluded.due_at <= case_clock.due_at then case_clock.overdue_notified_at end")
                    .setParameter("caseId", caseId)
                    .setParameter("kind", e.getKey().name())
                    .setParameter("ruleId", c.rule().id())
                    .setParameter("startedAt", c.startedAt())
                    .setParameter("pauses", write(pauses(c.pauses())))
                    .setParameter("extensions", write(extensions(c.extensions())))
                    .setParameter("stoppedAt", c.stoppedAt())
                    .setParameter("dueAt", due)
                    .executeUpdate();
        }
    }

    /** Clocks whose stored due instant has passed and that were not reported overdue: (case id, kind). */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Object[]> dueBefore(Instant now, int limit) {
        return em.createNativeQuery("select cast(case_id as text), kind from case_clock where stopped_at is null"
                + " and overdue_notified_at is null and due_at < :now order by due_at limit :limit"
                + " for update skip locked")
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    @Transactional(TxType.MANDATORY)
    public void markOverdueNotified(UUID caseId, CaseClockKind kind, Instant now) {
        em.createNativeQuery("update case_clock set overdue_notified_at = :now where case_id = :caseId and kind = :kind")
                .setParameter("now", now).setParameter("caseId", caseId).setParameter("kind", kind.name())
                .executeUpdate();
    }

    @Transactional(TxType.MANDATORY)
    public void moveDue(UUID caseId, CaseClockKind kind, Instant dueAt) {
        em.createNativeQuery("update case_clock set due_at = :dueAt where case_id = :caseId and kind = :kind")
                .setParameter("dueAt", dueAt).setParameter("caseId", caseId).setParameter("kind", kind.name())
                .executeUpdate();
    }

    private static List<PauseRow> pauses(Collection<Pause> pauses) {
        List<PauseRow> rows = new ArrayList<>();
        for (Pause p : pauses) {
            rows.add(new PauseRow(p.reason(), p.from().toString(), p.until() == null ? null : p.until().toString()));
        }
        return rows;
    }

    private static List<ExtensionRow> extensions(Collection<Extension> extensions) {
        return extensions.stream().map(x -> new ExtensionRow(x.authority(), x.amount(), x.unit(), x.reference(),
                x.grantedAt().toString())).toList();
    }

    private static Instant instant(Object value) {
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
