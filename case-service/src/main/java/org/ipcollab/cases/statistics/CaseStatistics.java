package org.ipcollab.cases.statistics;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.statistics.domain.PeriodFigures;
import org.ipcollab.cases.statistics.domain.StatisticsPeriod;
import org.ipcollab.cases.statistics.domain.StatisticsRange;

/**
 * Counts a district's cases per Beijing legal day in SQL (one grouped query per source of figures) and adds the days
 * up into the periods of the range. Clock kinds are compared as strings, so a kind another feature adds
 * ({@code PUBLICATION}) is counted as soon as its rows exist.
 */
@ApplicationScoped
public class CaseStatistics {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String DAY = "cast(%s at time zone 'Asia/Shanghai' as date)";
    private static final String DECIDED_AT = "cast(cast(c.decision as jsonb) ->> 'decidedAt' as timestamptz)";
    private static final String OUTCOME = "(cast(c.decision as jsonb) ->> 'outcome')";

    @Inject
    EntityManager em;

    /** The figures of every period of {@code range}, keyed by bucket, in order. */
    @Transactional
    public Map<StatisticsPeriod.Bucket, PeriodFigures> count(String district, StatisticsRange range, Instant now) {
        Map<LocalDate, PeriodFigures> byStart = new LinkedHashMap<>();
        Map<StatisticsPeriod.Bucket, PeriodFigures> result = new LinkedHashMap<>();
        for (StatisticsPeriod.Bucket b : range.buckets()) {
            PeriodFigures f = new PeriodFigures();
            byStart.put(b.calendarStart(), f);
            result.put(b, f);
        }
        Instant start = range.from().atStartOfDay(BEIJING).toInstant();
        Instant end = range.to().plusDays(1).atStartOfDay(BEIJING).toInstant();
        BiConsumer<String, BiConsumer<PeriodFigures, Object[]>> run = (sql, add) -> {
            for (Object[] r : rows(sql, district, start, end, now)) {
                add.accept(byStart.get(range.period().startOf(day(r[0]))), r);
            }
        };
        run.accept("select " + DAY.formatted("c.filed_at") + ", count(*) from ip_case c where c.district = :district"
                + " and c.filed_at >= :start and c.filed_at < :end group by 1",
                (f, r) -> f.addFiled(n(r[1])));
        run.accept("select " + DAY.formatted("c.opened_at") + ", count(*) from ip_case c where c.district = :district"
                + " and c.opened_at >= :start and c.opened_at < :end group by 1",
                (f, r) -> f.addOpened(n(r[1])));
        run.accept("select " + DAY.formatted("k.stopped_at") + ", count(*), count(*) filter (where k.stopped_at <="
                + " k.due_at) from case_clock k join ip_case c on c.id = k.case_id where c.district = :district"
                + " and k.kind = 'OPEN_DECISION' and k.stopped_at >= :start and k.stopped_at < :end group by 1",
                (f, r) -> f.addOpeningDecisions(n(r[1]), n(r[2])));
        run.accept("select " + DAY.formatted("c.closed_at") + ", count(*), count(*) filter (where k.stopped_at"
                + " is not null and k.stopped_at <= k.due_at), count(c.opened_at),"
                + " coalesce(sum(extract(epoch from (c.closed_at - c.opened_at))), 0)"
                + " from ip_case c left join case_clock k on k.case_id = c.id and k.kind = 'CONCLUDE'"
                + " where c.district = :district and c.closed_at >= :start and c.closed_at < :end group by 1",
                (f, r) -> f.addClosed(n(r[1]), n(r[2]), n(r[3]), ((Number) r[4]).doubleValue()));
        run.accept("select " + DAY.formatted("d.decided_at") + ", count(*), count(*) filter (where d.outcome ="
                + " 'REFERRAL'), count(*) filter (where d.referral_required), count(*) filter (where"
                + " d.referral_required and d.outcome <> 'REFERRAL') from (select " + DECIDED_AT + " as decided_at, "
                + OUTCOME + " as outcome, c.referral_required from ip_case c where c.district = :district"
                + " and c.decision is not null) d where d.decided_at >= :start and d.decided_at < :end group by 1",
                (f, r) -> f.addDecisions(n(r[1]), n(r[2]), n(r[3]), n(r[4])));
        run.accept("select " + DAY.formatted("k.due_at") + ", count(*), count(*) filter (where k.stopped_at is not null"
                + " and k.stopped_at <= k.due_at) from case_clock k join ip_case c on c.id = k.case_id"
                + " where c.district = :district and k.kind = 'PUBLICATION' and k.due_at >= :start and k.due_at < :end"
                + " and (k.stopped_at is not null or k.due_at <= :now) group by 1",
                (f, r) -> f.addPublications(n(r[1]), n(r[2])));
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String district, Instant start, Instant end, Instant now) {
        var query = em.createNativeQuery(sql).setParameter("district", district).setParameter("start", start)
                .setParameter("end", end);
        if (sql.contains(":now")) {
            query.setParameter("now", now);
        }
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
