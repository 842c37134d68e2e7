package org.ipcollab.cases.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Finds the ids of the cases a {@link CaseFilter} matches, one page at a time. The SQL is assembled from fixed
 * fragments chosen by which parts of the filter are set; every value the caller gave is a bound parameter, and the
 * {@code like} pattern escapes {@code %}, {@code _} and {@code \}.
 */
@ApplicationScoped
public class CaseSearch {
    @Inject
    EntityManager em;

    /** One page of matching case ids in list order, and how many match in all. */
    public record Result(List<UUID> ids, long total) {
    }

    @Transactional(TxType.MANDATORY)
    public Result find(CaseFilter f, int page, int size, Instant now) {
        StringBuilder where = new StringBuilder(" from ip_case c where c.district = :district");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("district", f.district());
        if (!f.ipKinds().isEmpty()) {
            where.append(" and c.ip_kind in (:ipKinds)");
            params.put("ipKinds", f.ipKinds().stream().map(Enum::name).toList());
        }
        if (!f.statuses().isEmpty()) {
            where.append(" and c.status in (:statuses)");
            params.put("statuses", f.statuses().stream().map(Enum::name).toList());
        }
        range(where, params, "filed_at", "filed", f.filedFrom(), f.filedUntil());
        range(where, params, "opened_at", "opened", f.openedFrom(), f.openedUntil());
        range(where, params, "closed_at", "closed", f.closedFrom(), f.closedUntil());
        if (f.creditCode() != null) {
            where.append(" and c.infringer_credit_code = :creditCode");
            params.put("creditCode", f.creditCode());
        }
        if (f.referralRequired() != null) {
            where.append(" and c.referral_required = :referralRequired");
            params.put("referralRequired", f.referralRequired());
        }
        if (f.departmentId() != null) {
            where.append(" and c.department_id = :departmentId");
            params.put("departmentId", f.departmentId());
        }
        if (f.overdue() != null) {
            where.append(f.overdue() ? " and exists" : " and not exists");
            where.append(" (select 1 from case_clock k where k.case_id = c.id and k.stopped_at is null"
                    + " and k.due_at < :now)");
            params.put("now", now);
        }
        if (f.text() != null) {
            where.append(" and (lower(c.title) like :text escape '\\'"
                    + " or lower(coalesce(c.case_number, '')) like :text escape '\\')");
            params.put("text", "%" + escapeLike(f.text().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        String column = "c." + f.sort().column;
        String direction = f.ascending() ? " asc nulls last" : " desc nulls last";
        Query select = em.createNativeQuery("select c.id" + where + " order by " + column + direction
                + ", c.id" + (f.ascending() ? " asc" : " desc") + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*)" + where);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setParameter("limit", size).setParameter("offset", (long) page * size);
        List<UUID> ids = new ArrayList<>();
        for (Object id : select.getResultList()) {
            ids.add(id instanceof UUID u ? u : UUID.fromString(id.toString()));
        }
        return new Result(ids, ((Number) count.getSingleResult()).longValue());
    }

    private static void range(StringBuilder where, Map<String, Object> params, String column, String name,
            Instant from, Instant until) {
        if (from != null) {
            where.append(" and c.").append(column).append(" >= :").append(name).append("From");
            params.put(name + "From", from);
        }
        if (until != null) {
            where.append(" and c.").append(column).append(" < :").append(name).append("Until");
            params.put(name + "Until", until);
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
