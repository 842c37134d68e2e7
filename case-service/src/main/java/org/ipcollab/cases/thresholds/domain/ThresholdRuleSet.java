package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 入罪标准规则集 — the thresholds of one judicial interpretation (with its amendments), in force from
 * {@code effectiveFrom} to {@code effectiveTo} by the date of the act. Rows may start later or end earlier than the set
 * (an amendment that changed one figure), never outside it.
 *
 * @param source      the principal instrument, e.g. {@code 法释〔2004〕19号}
 * @param effectiveTo last day in force, or null while in force
 */
public record ThresholdRuleSet(String id, String titleZh, String titleEn, String source, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<ThresholdRow> rows) {

    public ThresholdRuleSet {
        id = ThresholdRow.requireText(id, "rule set id");
        titleZh = ThresholdRow.requireText(titleZh, id + ": titleZh");
        titleEn = ThresholdRow.requireText(titleEn, id + ": titleEn");
        source = ThresholdRow.requireText(source, id + ": source");
        Objects.requireNonNull(effectiveFrom, id + ": effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effectiveTo " + effectiveTo + " is before " + effectiveFrom);
        }
        rows = List.copyOf(Objects.requireNonNull(rows, id + ": rows"));
        Set<String> ids = new HashSet<>();
        for (ThresholdRow row : rows) {
            if (!ids.add(row.id())) {
                throw new IllegalArgumentException(id + ": row id " + row.id() + " appears twice");
            }
            if (row.effectiveFrom().isBefore(effectiveFrom)
                    || (effectiveTo != null && (row.effectiveTo() == null || row.effectiveTo().isAfter(effectiveTo)))) {
                throw new IllegalArgumentException(id + ": row " + row.id() + " (" + row.effectiveFrom() + " to "
                        + row.effectiveTo() + ") lies outside the rule set (" + effectiveFrom + " to " + effectiveTo
                        + ")");
            }
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The rows for {@code article} in force on {@code date}, in file order. */
    public List<ThresholdRow> rowsInForce(int article, LocalDate date) {
        return rows.stream().filter(r -> r.article() == article && r.inForceOn(date)).toList();
    }

    /** Whether two rule sets share a day. */
    boolean overlaps(ThresholdRuleSet other) {
        boolean thisEndsBefore = effectiveTo != null && effectiveTo.isBefore(other.effectiveFrom);
        boolean otherEndsBefore = other.effectiveTo != null && other.effectiveTo.isBefore(effectiveFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
