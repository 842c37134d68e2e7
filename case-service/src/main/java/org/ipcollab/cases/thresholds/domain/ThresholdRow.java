package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 入罪标准条目 — one row of a threshold rule set: for Criminal Law article {@code article}, while the row is in force and
 * (if it has conditions) at least one condition holds, the case meets the threshold ("情节严重", "数额较大" …) when any
 * one trigger is reached. Attempt triggers meet it as an attempt (未遂), e.g. unsold counterfeit goods under art 214.
 * Several rows may apply at once (a base row and a lower row for two or more marks); any one met suffices.
 *
 * @param id             stable within its rule set, e.g. {@code 213-two-marks}
 * @param effectiveFrom  first day the row applies (date of the act)
 * @param effectiveTo    last day the row applies, or null while in force
 * @param appliesIfAnyOf empty: always applies; otherwise applies if any one condition holds
 * @param source         the provision, e.g. {@code 法释〔2004〕19号 第一条第一款第（一）项}
 * @param confirmed      false when the figures come from secondary sources or were carried over and an administrator
 *                       must verify them; a result resting on such a row says so
 * @param note           why the row is as it is, in particular why it is unconfirmed
 */
public record ThresholdRow(String id, int article, String crimeNameZh, String crimeNameEn, LocalDate effectiveFrom,
        LocalDate effectiveTo, List<Condition> appliesIfAnyOf, List<Trigger> triggers, List<Trigger> attemptTriggers,
        String source, boolean confirmed, String note) {

    public static final int FIRST_ARTICLE = 213;
    public static final int LAST_ARTICLE = 219;

    public ThresholdRow {
        id = requireText(id, "id");
        if (article < FIRST_ARTICLE || article > LAST_ARTICLE) {
            throw new IllegalArgumentException(id + ": the IP crimes are Criminal Law arts 213–219, not " + article);
        }
        crimeNameZh = requireText(crimeNameZh, id + ": crimeNameZh");
        crimeNameEn = requireText(crimeNameEn, id + ": crimeNameEn");
        Objects.requireNonNull(effectiveFrom, id + ": effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(id + ": effectiveTo " + effectiveTo + " is before " + effectiveFrom);
        }
        appliesIfAnyOf = List.copyOf(Objects.requireNonNull(appliesIfAnyOf, id + ": appliesIfAnyOf"));
        triggers = List.copyOf(Objects.requireNonNull(triggers, id + ": triggers"));
        attemptTriggers = List.copyOf(Objects.requireNonNull(attemptTriggers, id + ": attemptTriggers"));
        if (triggers.isEmpty() && attemptTriggers.isEmpty()) {
            throw new IllegalArgumentException(id + ": a row needs at least one trigger");
        }
        source = requireText(source, id + ": source");
        note = note == null ? "" : note.strip();
        if (confirmed && (triggers.stream().anyMatch(Trigger::isPending)
                || attemptTriggers.stream().anyMatch(Trigger::isPending))) {
            throw new IllegalArgumentException(id + ": a confirmed row cannot have a pending figure");
        }
        if (!confirmed && note.isEmpty()) {
            throw new IllegalArgumentException(id + ": an unconfirmed row must say why in its note");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether the row's conditions let it apply to these facts (a row without conditions always applies). */
    public boolean appliesTo(ThresholdFacts facts, LocalDate actDate) {
        return appliesIfAnyOf.isEmpty() || appliesIfAnyOf.stream().anyMatch(c -> c.holds(facts, actDate));
    }

    public boolean hasPendingFigure() {
        return triggers.stream().anyMatch(Trigger::isPending) || attemptTriggers.stream().anyMatch(Trigger::isPending);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
