package org.ipcollab.cases.publication.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.thresholds.domain.Money;

/**
 * What a province decides about publication, as data ({@code rules/publication.json}): the 较低数额罚款 (small fine)
 * whose decision is shown 3 months instead of 3 years, and how a natural person's name is shown.
 *
 * @param smallFine  the small-fine rule
 * @param personName how a natural person's name appears in the public text
 */
public record PublicationRules(SmallFine smallFine, PersonName personName) {

    public PublicationRules {
        Objects.requireNonNull(smallFine, "smallFine");
        Objects.requireNonNull(personName, "personName");
    }

    /** 自然人姓名的公示方式. */
    public enum PersonName {
        /** the name as recorded (SAMR Order 45 lists 被处罚的自然人姓名 among what is published) */
        FULL,
        /** the surname followed by 某某 */
        SURNAME_ONLY
    }

    /**
     * 较低数额罚款 — set by each province's market regulator, so kept as data with {@code confirmed} and its source.
     *
     * @param maxFine      the largest fine that is still small, by party kind
     * @param onlyMeasures a decision is "only a small fine" when every measure is one of these (仅受到…较低数额罚款)
     * @param confirmed    whether the figures were checked against the province's rule
     * @param source       where the figures come from, or why they are provisional
     */
    public record SmallFine(Map<PartyKind, Money> maxFine, Set<PenaltyMeasure> onlyMeasures, boolean confirmed,
            String source) {
        public SmallFine {
            maxFine = Map.copyOf(maxFine);
            if (!maxFine.keySet().containsAll(EnumSet.allOf(PartyKind.class))) {
                throw new IllegalArgumentException("the small fine is set for every party kind: " + maxFine.keySet());
            }
            onlyMeasures = Set.copyOf(onlyMeasures);
            if (!onlyMeasures.contains(PenaltyMeasure.FINE)) {
                throw new IllegalArgumentException("a small-fine decision may impose a fine");
            }
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("the small-fine rule names its source");
            }
        }

        /** Whether {@code decision} against a {@code party} is only a small fine. */
        public boolean covers(Decision decision, PartyKind party) {
            return decision.fine() != null && decision.fine().fen() <= maxFine.get(party).fen()
                    && onlyMeasures.containsAll(decision.measures());
        }
    }

    /** The name as published. */
    public String publicName(PartyKind kind, String name) {
        if (kind == PartyKind.ORGANISATION || personName == PersonName.FULL) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "某某";
    }
}
