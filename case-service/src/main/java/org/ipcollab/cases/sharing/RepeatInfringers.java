package org.ipcollab.cases.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.ipcollab.cases.infringement.domain.EstablishedFacts;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.sharing.domain.SharedEvent;
import org.ipcollab.cases.sharing.domain.SharingAgreement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 重复侵权查询 — was this organisation penalised for IP infringement (a decided case with outcome PENALTY) in this
 * district or a district sharing with it (an agreement in force allowing {@code CASE_QUERY}) within the 2 years
 * before a date? All districts of one deployment keep their cases in this database; a partner running its own
 * deployment is not asked (docs/architecture.md, cross-district sharing). Also the hook that fills
 * {@code EstablishedFacts.previousPenaltyOn} at filing and when facts are established, since the 2025 thresholds are
 * lower for repeat offenders (法释〔2025〕5号).
 */
@ApplicationScoped
public class RepeatInfringers {
    /** The look-back the 2025 interpretation uses: penalised within the previous 2 years. */
    static final int YEARS = 2;

    @Inject
    EntityManager em;

    @Inject
    SharingAgreements agreements;

    /** One penalty decision found. */
    public record Penalty(String district, UUID caseId, String caseNumber, LocalDate decidedOn) {
    }

    /** The answer: the districts searched and the penalties found in the window, newest first. */
    public record Answer(List<String> districts, List<Penalty> penalties) {
        public Optional<LocalDate> lastPenaltyOn() {
            return penalties.stream().map(Penalty::decidedOn).max(Comparator.naturalOrder());
        }
    }

    /**
     * Penalties of {@code creditCode} decided in {@code district} or a sharing district within [{@code before} − 2
     * years, {@code before}), leaving out case {@code exclude} (may be null). No caller checks.
     */
    @Transactional
    public Answer lookup(String creditCode, String district, LocalDate before, UUID exclude) {
        Set<String> districts = new LinkedHashSet<>();
        districts.add(district);
        for (SharingAgreement a : agreements.inForceWith(district, SharedEvent.CASE_QUERY)) {
            districts.add(a.otherParty(district));
        }
        List<Penalty> found = new ArrayList<>();
        if (creditCode == null || creditCode.isBlank()) {
            return new Answer(List.copyOf(districts), found);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(id as text), district, case_number, decision from ip_case"
                + " where infringer_credit_code = :cc and district in (:districts) and decision is not null"
                + " and cast(decision as jsonb) ->> 'outcome' = 'PENALTY'")
                .setParameter("cc", creditCode.strip().toUpperCase())
                .setParameter("districts", districts).getResultList();
        LocalDate from = before.minusYears(YEARS);
        for (Object[] row : rows) {
            UUID id = UUID.fromString((String) row[0]);
            if (id.equals(exclude)) {
                continue;
            }
            JsonNode decision = Json.read((String) row[3], new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {
            });
            LocalDate on = WorkingDayCalendar.legalDate(Instant.parse(decision.get("decidedAt").asText()));
            if (!on.isBefore(from) && on.isBefore(before)) {
                found.add(new Penalty((String) row[1], id, (String) row[2], on));
            }
        }
        found.sort(Comparator.comparing(Penalty::decidedOn).reversed());
        return new Answer(List.copyOf(districts), found);
    }

    /**
     * The hook for filing and establishing facts: when the officers gave no previous penalty and the infringer is an
     * organisation, the last penalty found for it before the act date ({@code defaultActDate} when the facts give
     * none). An officer's own {@code previousPenaltyOn} always wins.
     */
    @Transactional
    public EstablishedFacts withPreviousPenalty(EstablishedFacts facts, String creditCode, String district,
            LocalDate defaultActDate, UUID exclude) {
        if (facts.previousPenaltyOn() != null || creditCode == null) {
            return facts;
        }
        LocalDate actDate = facts.actDate() != null ? facts.actDate() : defaultActDate;
        Optional<LocalDate> last = lookup(creditCode, district, actDate, exclude).lastPenaltyOn();
        if (last.isEmpty()) {
            return facts;
        }
        return new EstablishedFacts(facts.actDate(), facts.illegalGains(), facts.rightHolderLoss(), facts.copies(),
                facts.pieces(), facts.registeredMarks(), facts.markLabelKinds(), facts.patents(), last.get());
    }
}
