package org.ipcollab.cases.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.publication.domain.PublicDecision;

/**
 * 行政处罚信息公示 — a published penalty decision as anyone may read it: Chinese labels with the English beside. No
 * officer, no internal case id, no resident ID number, phone, bank account or home address.
 */
public record PublicDecisionResponse(UUID publicationId, String headingZh, String headingEn, String documentNumber,
        LocalDate decidedOn, String department, String district, String caseNumber, String caseTitle, Party party,
        Label act, List<Label> measures, String fine, String confiscatedGains, String reasons, Instant publishedAt,
        Instant displayUntil) {

    /** 当事人. {@code creditCode} only for an organisation. */
    public record Party(String kind, String kindZh, String kindEn, String name, String creditCode) {
    }

    public record Label(String code, String labelZh, String labelEn) {
    }

    static PublicDecisionResponse of(Publications.Row row) {
        PublicDecision t = row.text();
        return new PublicDecisionResponse(row.id(), "行政处罚决定信息公示", "Published administrative penalty decision",
                t.documentNumber(), t.decidedOn(), t.departmentId(), t.district(), t.caseNumber(), t.caseTitle(),
                new Party(t.partyKind().name(), t.partyKind().labelZh(), t.partyKind().labelEn(), t.partyName(),
                        t.creditCode()),
                t.act() == null ? null : new Label(t.act().name(), t.act().labelZh(), t.act().labelEn()),
                t.measures().stream().map(m -> new Label(m.name(), m.labelZh(), m.labelEn())).toList(), t.fine(),
                t.confiscatedGains(), t.reasons(), row.publishedAt(), row.displayUntil());
    }
}
