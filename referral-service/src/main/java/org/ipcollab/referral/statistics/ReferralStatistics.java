package org.ipcollab.referral.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 行刑衔接统计 — per agency department of a district and for the district: referral rate (cases referred / cases known
 * from case-service), police decisions within the 3 days of art 8, police filing rate (opened / decided), supervision
 * counts, and the average time a referral spends in each status. Rates are decimal fractions with 4 places, null
 * when there is nothing to divide by.
 */
@ApplicationScoped
public class ReferralStatistics {
    @Inject
    EntityManager em;

    public record AgencyFigures(String agencyDepartmentId, long casesKnown, long casesReferred,
            BigDecimal referralRate, long referrals, long sentToPolice, long policeDecisions,
            long policeDecisionsWithin3Days, BigDecimal policeDecisionsWithin3DaysShare, long criminalCasesOpened,
            long policeRefusals, BigDecimal policeFilingRate, long supervisionRequests, long openingsOrdered,
            long refusalsConfirmed, long overdueClocks) {
    }

    public record TimeInStatus(String status, long times, BigDecimal averageHours) {
    }

    public record Report(String district, List<AgencyFigures> agencies, AgencyFigures total,
            List<TimeInStatus> timeInStatus) {
    }

    static final class Counts {
        long known;
        long referred;
        long referrals;
        long sent;
        long decisions;
        long onTime;
        long opened;
        long refused;
        long supervision;
        long ordered;
        long confirmed;
        long overdue;

        void add(Counts o) {
            known += o.known;
            referred += o.referred;
            referrals += o.referrals;
            sent += o.sent;
            decisions += o.decisions;
            onTime += o.onTime;
            opened += o.opened;
            refused += o.refused;
            supervision += o.supervision;
            ordered += o.ordered;
            confirmed += o.confirmed;
            overdue += o.overdue;
        }

        AgencyFigures figures(String agency) {
            return new AgencyFigures(agency, known, referred, rate(referred, known), referrals, sent, decisions, onTime,
                    rate(onTime, decisions), opened, refused, rate(opened, opened + refused), supervision, ordered,
                    confirmed, overdue);
        }
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String district) {
        return em.createNativeQuery(sql).setParameter("district", district).getResultList();
    }

    @Transactional
    public Report of(String district) {
        Map<String, Counts> by = new TreeMap<>();
        for (Object[] r : rows("select department_id, count(*) from case_projection where district = :district"
                + " group by department_id", district)) {
            by.computeIfAbsent((String) r[0], k -> new Counts()).known = n(r[1]);
        }
        for (Object[] r : rows("select agency_department_id, count(distinct case_id), count(*) from referral"
                + " where district = :district group by agency_department_id", district)) {
            Counts c = by.computeIfAbsent((String) r[0], k -> new Counts());
            c.referred = n(r[1]);
            c.referrals = n(r[2]);
        }
        for (Object[] r : rows("select r.agency_department_id,"
                + " count(distinct r.id) filter (where s.fact = 'sent'),"
                + " count(distinct r.id) filter (where s.fact = 'criminal-case-opened'),"
                + " count(distinct r.id) filter (where s.fact = 'refused'),"
                + " count(*) filter (where s.fact = 'supervision-requested'),"
                + " count(*) filter (where s.fact = 'opening-ordered'),"
                + " count(*) filter (where s.fact = 'refusal-confirmed'),"
                + " count(*) filter (where s.fact = 'clock-overdue')"
                + " from referral r join referral_step s on s.owner_id = r.id where r.district = :district"
                + " group by r.agency_department_id", district)) {
            Counts c = by.computeIfAbsent((String) r[0], k -> new Counts());
            c.sent = n(r[1]);
            c.opened = n(r[2]);
            c.refused = n(r[3]);
            c.supervision = n(r[4]);
            c.ordered = n(r[5]);
            c.confirmed = n(r[6]);
            c.overdue = n(r[7]);
        }
        for (Object[] r : rows("select r.agency_department_id, count(*), count(*) filter (where k.stopped_at <= k.due_at)"
                + " from referral r join referral_clock k on k.owner_id = r.id where r.district = :district"
                + " and k.kind = 'POLICE_DECISION' and k.stopped_at is not null group by r.agency_department_id",
                district)) {
            Counts c = by.computeIfAbsent((String) r[0], k -> new Counts());
            c.decisions = n(r[1]);
            c.onTime = n(r[2]);
        }
        List<AgencyFigures> agencies = new ArrayList<>();
        Counts total = new Counts();
        by.forEach((agency, c) -> {
            agencies.add(c.figures(agency));
            total.add(c);
        });
        List<TimeInStatus> time = rows("select status_after, count(*), avg(extract(epoch from (next_at - at)) / 3600)"
                + " from (select s.status_after, s.at, lead(s.at) over (partition by s.owner_id order by s.seq) next_at"
                + " from referral_step s join referral r on r.id = s.owner_id where r.district = :district"
                + " and s.fact <> 'clock-overdue') t where next_at is not null"
                + " group by status_after order by status_after", district).stream()
                .map(r -> new TimeInStatus((String) r[0], n(r[1]),
                        new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP)))
                .toList();
        return new Report(district, agencies, total.figures(null), time);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
