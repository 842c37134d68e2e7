package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ipcollab.cases.infringement.domain.CaseClockKind;
import org.ipcollab.cases.infringement.domain.CaseParticulars;
import org.ipcollab.cases.infringement.domain.CaseProgress;
import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.EstablishedFacts;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.infringement.domain.ReferralAssessment;
import org.ipcollab.cases.rules.domain.StatutoryClock;
import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.ClueSource;
import org.ipcollab.cases.infringement.domain.Evidence;
import org.ipcollab.cases.infringement.domain.EvidenceKind;
import org.ipcollab.cases.infringement.domain.Infringer;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.RightHolder;
import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.Money;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Persistence of {@link InfringementCase}; never a REST body or an event payload. Goods, evidence and officers are
 * JSON arrays in text columns (read and written whole with the case); a person's ID number is only here encrypted,
 * hashed for lookups, and masked.
 */
@Entity
@Table(name = "ip_case")
public class CaseEntity {
    @Id
    public UUID id;

    @Column(nullable = false, length = 6)
    public String district;

    @Column(name = "department_id", nullable = false)
    public String departmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind", nullable = false)
    public IpKind ipKind;

    @Column(nullable = false)
    public String title;

    @Column(name = "infringer_name", nullable = false)
    public String infringerName;

    @Column(name = "infringer_credit_code", length = 18)
    public String infringerCreditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "infringer_kind", nullable = false)
    public PartyKind infringerKind;

    /** AES-256-GCM ciphertext of a person's resident ID number ({@code PersonalData}), bound to the case id. */
    @Column(name = "infringer_id_number_enc", columnDefinition = "text")
    public String infringerIdNumberEncrypted;

    /** HMAC-SHA256 of the resident ID number, for exact lookups. */
    @Column(name = "infringer_id_number_hmac", length = 64)
    public String infringerIdNumberHash;

    @Column(name = "infringer_id_number_masked", length = 18)
    public String infringerIdNumberMasked;

    @Column(name = "case_number", length = 140)
    public String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "clue_source")
    public ClueSource clueSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "infringing_act")
    public InfringingAct act;

    @Column(name = "right_holder_name")
    public String rightHolderName;

    @Column(name = "right_holder_credit_code", length = 18)
    public String rightHolderCreditCode;

    /** JSON array of {@link GoodsRow}. */
    @Column(nullable = false, columnDefinition = "text")
    public String goods;

    /** JSON array of {@link EvidenceRow}. */
    @Column(nullable = false, columnDefinition = "text")
    public String evidence;

    /** JSON array of officer ids. */
    @Column(nullable = false, columnDefinition = "text")
    public String officers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public CaseStatus suspendedFrom;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(nullable = false)
    public boolean complex;

    @Column(name = "act_date")
    public LocalDate actDate;

    /** JSON {@link FactsRow}. */
    @Column(nullable = false, columnDefinition = "text")
    public String facts;

    /** JSON {@link DecisionRow}, or null before the decision. */
    @Column(columnDefinition = "text")
    public String decision;

    /** JSON {@link AssessmentRow}; null only for cases filed before V5. */
    @Column(columnDefinition = "text")
    public String assessment;

    @Column(name = "referral_required", nullable = false)
    public boolean referralRequired;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Version
    public long version;

    /** A goods line as stored: prices as yuan decimal strings, null when not established. */
    record GoodsRow(String description, String unit, long quantitySold, long quantityUnsold, String actualSalePrice,
            String markedPrice, String averageActualSalePrice, String genuineMarketMidPrice) {
    }

    record EvidenceRow(EvidenceKind kind, String description, String collectedAt) {
    }

    record FactsRow(String illegalGains, String rightHolderLoss, Long copies, Long pieces, Integer registeredMarks,
            Integer markLabelKinds, Integer patents, String previousPenaltyOn) {
    }

    record DecisionRow(DecisionOutcome outcome, List<PenaltyMeasure> measures, String fine, String confiscatedGains,
            String documentNumber, String reasons, String noReferralReason, String decidedAt, String decidedBy) {
    }

    record AssessmentRow(ReferralAssessment.Verdict verdict, Integer article, String actDate, String ruleSetId,
            String citationZh, String citationEn, String summaryZh, String summaryEn, boolean confirmed,
            String assessedAt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static CaseEntity from(InfringementCase c) {
        CaseEntity e = new CaseEntity();
        e.id = c.id();
        e.district = c.district();
        e.departmentId = c.departmentId();
        e.caseNumber = c.caseNumber();
        e.ipKind = c.ipKind();
        e.title = c.title();
        e.infringerKind = c.infringer().kind();
        e.infringerName = c.infringer().name();
        e.infringerCreditCode = c.infringer().creditCode();
        e.infringerIdNumberMasked = c.infringer().maskedIdNumber();
        CaseParticulars p = c.particulars();
        e.clueSource = p.clueSource();
        e.act = p.act();
        if (p.rightHolder() != null) {
            e.rightHolderName = p.rightHolder().name();
            e.rightHolderCreditCode = p.rightHolder().creditCode();
        }
        e.goods = write(p.goods().stream().map(g -> new GoodsRow(g.description(), g.unit(), g.quantitySold(),
                g.quantityUnsold(), yuan(g.actualSalePrice()), yuan(g.markedPrice()),
                yuan(g.averageActualSalePrice()), yuan(g.genuineMarketMidPrice()))).toList());
        e.evidence = write(p.evidence().stream()
                .map(x -> new EvidenceRow(x.kind(), x.description(), x.collectedAt().toString())).toList());
        e.officers = write(p.officers());
        e.filedAt = c.filedAt();
        e.filedBy = c.filedBy();
        e.apply(c);
        return e;
    }

    /** Writes what a lifecycle change may alter: status, dates, facts, decision, assessment (not the clocks). */
    void apply(InfringementCase c) {
        CaseProgress p = c.progress();
        status = p.status();
        suspendedFrom = p.suspendedFrom();
        openedAt = p.openedAt();
        closedAt = p.closedAt();
        complex = p.complex();
        EstablishedFacts f = c.facts();
        actDate = f.actDate();
        facts = write(new FactsRow(yuan(f.illegalGains()), yuan(f.rightHolderLoss()), f.copies(), f.pieces(),
                f.registeredMarks(), f.markLabelKinds(), f.patents(),
                f.previousPenaltyOn() == null ? null : f.previousPenaltyOn().toString()));
        Decision d = p.decision();
        decision = d == null ? null : write(new DecisionRow(d.outcome(), d.measures().stream().sorted().toList(),
                yuan(d.fine()), yuan(d.confiscatedGains()), d.documentNumber(), d.reasons(), d.noReferralReason(),
                d.decidedAt().toString(), d.decidedBy()));
        ReferralAssessment a = p.assessment();
        assessment = write(new AssessmentRow(a.verdict(), a.article(), a.actDate().toString(), a.ruleSetId(),
                a.citationZh(), a.citationEn(), a.summaryZh(), a.summaryEn(), a.confirmed(),
                a.assessedAt().toString()));
        referralRequired = a.referralRequired();
    }

    InfringementCase toDomain(Map<CaseClockKind, StatutoryClock> clocks) {
        Infringer infringer = new Infringer(infringerKind, infringerName, infringerCreditCode,
                infringerIdNumberMasked);
        List<GoodsLine> goodsLines = read(goods, new TypeReference<List<GoodsRow>>() {
        }).stream().map(g -> new GoodsLine(g.description(), g.unit(), g.quantitySold(), g.quantityUnsold(),
                money(g.actualSalePrice()), money(g.markedPrice()), money(g.averageActualSalePrice()),
                money(g.genuineMarketMidPrice()))).toList();
        List<Evidence> items = read(evidence, new TypeReference<List<EvidenceRow>>() {
        }).stream().map(x -> new Evidence(x.kind(), x.description(), Instant.parse(x.collectedAt()))).toList();
        List<String> officerIds = read(officers, new TypeReference<List<String>>() {
        });
        CaseParticulars particulars = new CaseParticulars(clueSource, act,
                        rightHolderName == null ? null : new RightHolder(rightHolderName, rightHolderCreditCode),
                        goodsLines, items, officerIds);
        FactsRow f = read(facts, new TypeReference<FactsRow>() {
        });
        EstablishedFacts established = new EstablishedFacts(actDate, money(f.illegalGains()),
                money(f.rightHolderLoss()), f.copies(), f.pieces(), f.registeredMarks(), f.markLabelKinds(),
                f.patents(), f.previousPenaltyOn() == null ? null : LocalDate.parse(f.previousPenaltyOn()));
        Decision d = null;
        if (decision != null) {
            DecisionRow r = read(decision, new TypeReference<DecisionRow>() {
            });
            d = new Decision(r.outcome(), r.measures().isEmpty() ? Set.of() : EnumSet.copyOf(r.measures()),
                    money(r.fine()), money(r.confiscatedGains()), r.documentNumber(), r.reasons(),
                    r.noReferralReason(), Instant.parse(r.decidedAt()), r.decidedBy());
        }
        ReferralAssessment a;
        if (assessment == null) {
            a = ReferralAssessment.notAssessed(actDate != null ? actDate
                    : LocalDate.ofInstant(filedAt, FileCase.BEIJING), filedAt);
        } else {
            AssessmentRow r = read(assessment, new TypeReference<AssessmentRow>() {
            });
            a = new ReferralAssessment(r.verdict(), r.article(), LocalDate.parse(r.actDate()), r.ruleSetId(),
                    r.citationZh(), r.citationEn(), r.summaryZh(), r.summaryEn(), r.confirmed(),
                    Instant.parse(r.assessedAt()));
        }
        CaseProgress progress = new CaseProgress(status, suspendedFrom, openedAt, closedAt, complex, d, a, clocks);
        return new InfringementCase(id, district, departmentId, caseNumber, ipKind, title, infringer, particulars,
                established, progress, filedAt, filedBy);
    }

    private static String yuan(Money money) {
        return money == null ? null : money.toYuan().toPlainString();
    }

    private static Money money(String yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write case column as JSON", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read case column JSON", e);
        }
    }
}
