package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseParticulars;
import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.ClueSource;
import org.ipcollab.cases.infringement.domain.DecisionOutcome;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.infringement.domain.EvidenceKind;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.thresholds.domain.InfringingAct;

/**
 * The state of a case as its record ({@code CaseTimeline}) keeps it before and after a change. A person's resident ID
 * number appears masked only; money as yuan decimal strings.
 */
public record CaseSnapshot(UUID id, String caseNumber, String district, String departmentId, IpKind ipKind,
        String title, ClueSource clueSource, InfringingAct act, Infringer infringer, RightHolder rightHolder,
        List<Goods> goods, String illegalBusinessVolume, List<Evidence> evidence, List<String> officers,
        CaseStatus status, Instant filedAt, String filedBy, Progress progress) {

    /** The lifecycle beside the filed facts (absent from entries written before the lifecycle existed). */
    public record Progress(CaseStatus suspendedFrom, Instant openedAt, Instant closedAt, boolean complex,
            LocalDate actDate, String referralAssessment, String thresholdCitation, Decision decision) {
    }

    public record Decision(DecisionOutcome outcome, List<PenaltyMeasure> measures, String fine,
            String confiscatedGains, String documentNumber, String noReferralReason) {
    }

    public record Infringer(PartyKind kind, String name, String creditCode, String idNumberMasked) {
    }

    public record RightHolder(String name, String creditCode) {
    }

    public record Goods(String name, String unit, long quantitySold, long quantityUnsold, String actualSalePrice,
            String markedPrice, String averageActualSalePrice, String genuineMarketMidPrice) {
    }

    public record Evidence(EvidenceKind kind, String description, Instant collectedAt) {
    }

    static CaseSnapshot of(InfringementCase c) {
        CaseParticulars p = c.particulars();
        var who = c.infringer();
        return new CaseSnapshot(c.id(), c.caseNumber(), c.district(), c.departmentId(), c.ipKind(), c.title(),
                p.clueSource(), p.act(), new Infringer(who.kind(), who.name(), who.creditCode(), who.maskedIdNumber()),
                p.rightHolder() == null ? null : new RightHolder(p.rightHolder().name(), p.rightHolder().creditCode()),
                p.goods().stream().map(g -> new Goods(g.description(), g.unit(), g.quantitySold(),
                        g.quantityUnsold(), CaseResponse.yuan(g.actualSalePrice()), CaseResponse.yuan(g.markedPrice()),
                        CaseResponse.yuan(g.averageActualSalePrice()), CaseResponse.yuan(g.genuineMarketMidPrice())))
                        .toList(),
                c.illegalBusinessVolume().map(v -> CaseResponse.yuan(v.total())).orElse(null),
                p.evidence().stream().map(e -> new Evidence(e.kind(), e.description(), e.collectedAt())).toList(),
                p.officers(), c.status(), c.filedAt(), c.filedBy(), progress(c));
    }

    private static Progress progress(InfringementCase c) {
        var p = c.progress();
        var d = p.decision();
        return new Progress(p.suspendedFrom(), p.openedAt(), p.closedAt(), p.complex(), c.actDate(),
                p.assessment().verdict().name(), p.assessment().citationZh(),
                d == null ? null : new Decision(d.outcome(), d.measures().stream().sorted().toList(),
                        CaseResponse.yuan(d.fine()), CaseResponse.yuan(d.confiscatedGains()), d.documentNumber(),
                        d.noReferralReason()));
    }
}
