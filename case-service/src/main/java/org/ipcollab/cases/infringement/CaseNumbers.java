package org.ipcollab.cases.infringement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * 案件编号 — issues case numbers per department and year, without gaps: {@code <departmentId>-<yyyy>-<nnnnnn>}, e.g.
 * {@code 500155-amr-2026-000123} (the sequence has at least six digits, more past 999,999).
 * <p>
 * The counter row {@code case_number_counter(department_id, year)} is bumped with {@code insert … on conflict do
 * update … returning} in the filing's own transaction ({@code MANDATORY}): the row lock it takes makes concurrent
 * filings of one department and year queue, and a filing that rolls back gives its number back, so numbers have no
 * gaps and no duplicates ({@code unique (case_number)} is the backstop).
 */
@ApplicationScoped
public class CaseNumbers {
    @Inject
    EntityManager em;

    @Transactional(TxType.MANDATORY)
    public String issue(String departmentId, int year) {
        long next = ((Number) em.createNativeQuery("""
                insert into case_number_counter (department_id, year, last_number) values (:dept, :year, 1)
                on conflict (department_id, year) do update set last_number = case_number_counter.last_number + 1
                returning last_number""")
                .setParameter("dept", departmentId).setParameter("year", year).getSingleResult()).longValue();
        return format(departmentId, year, next);
    }

    static String format(String departmentId, int year, long number) {
        return String.format(java.util.Locale.ROOT, "%s-%04d-%06d", departmentId, year, number);
    }
}
