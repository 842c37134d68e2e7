package org.ipcollab.mediation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.ipcollab.mediation.security.Caller;
import org.ipcollab.mediation.security.Roles;

/**
 * 调解统计 — the measures DOMAIN.md §4 names for mediation, for the caller's district and per organisation:
 * success rate, average duration and judicial confirmation rate. Counts only, no personal data.
 */
@Path("/mediation-statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
    static final String SETTLED = "('AGREEMENT_EFFECTIVE','CONFIRMATION_APPLIED','CONFIRMATION_ACCEPTED','CONFIRMED',"
            + "'CONFIRMATION_REFUSED','PERFORMED')";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /**
     * One row of figures.
     *
     * @param organisationId      null for the district as a whole
     * @param requested           mediations requested
     * @param concluded           settled (agreement in effect) or failed
     * @param settled             agreement took effect
     * @param failed              调解不成
     * @param successRate         settled / concluded, 4 decimals, null when nothing concluded
     * @param averageDurationDays mean days from request to effect or failure, 1 decimal, null when nothing concluded
     * @param confirmed           judicially confirmed (enforceable)
     * @param confirmationRate    confirmed / settled, null when nothing settled
     */
    public record Figures(String organisationId, long requested, long concluded, long settled, long failed,
            BigDecimal successRate, BigDecimal averageDurationDays, long confirmed, BigDecimal confirmationRate) {
    }

    public record StatisticsResponse(String district, Figures total, List<Figures> byOrganisation) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COURT})
    @Transactional
    @SuppressWarnings("unchecked")
    public StatisticsResponse statistics() {
        String district = caller.district();
        String select = "select %s, count(*), count(*) filter (where status in " + SETTLED + " or status = 'FAILED'),"
                + " count(*) filter (where status in " + SETTLED + "), count(*) filter (where status = 'FAILED'),"
                + " avg(extract(epoch from (case when status = 'FAILED' then updated_at"
                + " else cast(cast(details as jsonb) ->> 'effectiveAt' as timestamptz) end) - requested_at) / 86400)"
                + " filter (where status in " + SETTLED + " or status = 'FAILED'),"
                + " count(*) filter (where cast(cast(details as jsonb) ->> 'enforceable' as boolean))"
                + " from mediation where district = :district %s";
        List<Object[]> total = em.createNativeQuery(String.format(select, "cast(null as text)", ""))
                .setParameter("district", district).getResultList();
        List<Object[]> rows = em.createNativeQuery(String.format(select, "cast(organisation_id as text)",
                "and organisation_id is not null group by organisation_id order by 1")).setParameter("district", district)
                .getResultList();
        List<Figures> byOrganisation = new ArrayList<>();
        for (Object[] r : rows) {
            byOrganisation.add(figures(r));
        }
        return new StatisticsResponse(district, figures(total.get(0)), byOrganisation);
    }

    private static Figures figures(Object[] r) {
        long requested = ((Number) r[1]).longValue();
        long concluded = ((Number) r[2]).longValue();
        long settled = ((Number) r[3]).longValue();
        long failed = ((Number) r[4]).longValue();
        BigDecimal avg = r[5] == null ? null : new BigDecimal(r[5].toString()).setScale(1, RoundingMode.HALF_UP);
        long confirmed = ((Number) r[6]).longValue();
        return new Figures((String) r[0], requested, concluded, settled, failed, ratio(settled, concluded), avg, confirmed,
                ratio(confirmed, settled));
    }

    private static BigDecimal ratio(long a, long b) {
        return b == 0 ? null : BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_UP);
    }
}
