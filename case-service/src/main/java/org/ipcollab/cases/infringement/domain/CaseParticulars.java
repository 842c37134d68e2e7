package org.ipcollab.cases.infringement.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.InfringingAct;

/**
 * What the officer records about a case when filing it, beside its kind and parties.
 * {@code clueSource} is null and {@code officers} empty only for cases filed before they were recorded.
 *
 * @param clueSource 案件来源
 * @param act        侵权行为 — may be unknown at filing (null)
 * @param rightHolder 权利人 — may be unknown at filing (null)
 * @param goods      涉案物品
 * @param evidence   证据清单
 * @param officers   承办人 — at least two distinct credentialed officers (SAMR procedure rules)
 */
public record CaseParticulars(ClueSource clueSource, InfringingAct act, RightHolder rightHolder, List<GoodsLine> goods,
        List<Evidence> evidence, List<String> officers) {
    /** 执法人员不得少于两人 — SAMR procedure rules; DOMAIN.md §3.3. */
    public static final int MIN_OFFICERS = 2;

    /** Lists copied, officer ids stripped and de-duplicated; the filing rules are checked by {@link #requireFileable}. */
    public CaseParticulars {
        goods = List.copyOf(goods == null ? List.of() : goods);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String officer : officers == null ? List.<String>of() : officers) {
            if (officer == null || officer.isBlank()) {
                throw new IllegalArgumentException("a handling officer id is never blank");
            }
            distinct.add(officer.strip());
        }
        officers = List.copyOf(distinct);
    }

    /**
     * What a new filing must have: a clue source and at least two distinct handling officers. (Cases filed before
     * these were recorded are read back without them.)
     */
    void requireFileable() {
        Objects.requireNonNull(clueSource, "clue source");
        if (officers.size() < MIN_OFFICERS) {
            throw new IllegalArgumentException("a case needs at least " + MIN_OFFICERS + " distinct handling officers");
        }
    }
}
