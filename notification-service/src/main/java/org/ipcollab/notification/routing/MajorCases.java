package org.ipcollab.notification.routing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * 重大案件联合督办 — the small projection of case.marked-major.v1 that routing needs: is a case major, and which
 * departments supervise it (the lead department is one of them).
 */
@ApplicationScoped
public class MajorCases {
    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public void mark(UUID caseId, String district, String lead, List<String> supervisors, Instant markedAt) {
        String all = supervisors.stream().collect(Collectors.joining(","));
        em.createNativeQuery("""
                insert into major_case (case_id, district, lead_department, supervising_departments, marked_at)
                values (:c, :d, :l, :s, :m)
                on conflict (case_id) do update set lead_department = excluded.lead_department,
                    supervising_departments = excluded.supervising_departments, marked_at = excluded.marked_at""")
                .setParameter("c", caseId).setParameter("d", district).setParameter("l", lead)
                .setParameter("s", all).setParameter("m", markedAt).executeUpdate();
    }

    /** The supervising departments and lead of a major case, or empty for a case not marked major. */
    public Optional<Set<String>> supervisorsOf(UUID caseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select lead_department, supervising_departments from major_case where case_id = :c")
                .setParameter("c", caseId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> out = new java.util.TreeSet<>();
        out.add((String) rows.get(0)[0]);
        Arrays.stream(((String) rows.get(0)[1]).split(",")).filter(s -> !s.isBlank()).forEach(out::add);
        return Optional.of(out);
    }
}
