package org.ipcollab.cases.infringement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.CaseParticulars;
import org.ipcollab.cases.infringement.domain.CaseStatus;
import org.ipcollab.cases.infringement.domain.ClueSource;
import org.ipcollab.cases.infringement.domain.EvidenceKind;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.IpKind;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.partnerfeed.PartnersView;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.IllegalBusinessVolume;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.LineValuation;
import org.ipcollab.cases.thresholds.domain.Money;
import org.ipcollab.cases.thresholds.domain.PriceBasis;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case as the API shows it, with Chinese and English labels beside the codes. Money is yuan as a decimal string
 * ("79.90"), never a JSON number. A natural person's resident ID number is only ever shown masked. {@code partners}
 * (移送与调解进展) is on the case view and lists, and absent from the answers to commands.
 */
public record CaseResponse(UUID id, String caseNumber, String district, String departmentId, IpKind ipKind,
        String ipKindZh, String ipKindEn, String title, ClueSource clueSource, String clueSourceZh,
        String clueSourceEn, ActView act, InfringerView infringer, RightHolderView rightHolder, List<GoodsView> goods,
        VolumeView illegalBusinessVolume, List<EvidenceView> evidence, List<String> officers, CaseStatus status,
        String statusZh, String statusEn, Instant filedAt, String filedBy, ProgressView progress,
        @JsonInclude(JsonInclude.Include.NON_NULL) PartnersView partners) {

    /** {@code idNumber} is masked: {@code 500155********1234}. */
    public record InfringerView(PartyKind kind, String kindZh, String kindEn, String name, String creditCode,
            String idNumber) {
    }

    public record ActView(InfringingAct code, String labelZh, String labelEn, Integer criminalArticle) {
    }

    public record RightHolderView(String name, String creditCode) {
    }

    public record GoodsView(String name, String unit, long quantitySold, long quantityUnsold, String actualSalePrice,
            String markedPrice, String averageActualSalePrice, String genuineMarketMidPrice) {
    }

    /** 非法经营数额 (法释〔2004〕19号 art 12) with the basis of each valued part. */
    public record VolumeView(String total, String salesAmount, String unsoldGoodsValue, String summaryZh,
            String summaryEn, List<ValuationView> lines) {
    }

    public record ValuationView(String name, String unit, LineValuation.Portion portion, long quantity,
            String unitPrice, String value, PriceBasis basis, String basisZh, String basisEn) {
    }

    public record EvidenceView(EvidenceKind kind, String kindZh, String kindEn, String description,
            Instant collectedAt) {
    }

    /** The case without its partner status (the answers to commands). */
    static CaseResponse of(InfringementCase c, WorkingDayCalendar calendar, Instant now) {
        return of(c, calendar, now, null);
    }

    /** The case with what referral-service and mediation-service last published about it (the case view, lists). */
    static CaseResponse of(InfringementCase c, WorkingDayCalendar calendar, Instant now, PartnersView partners) {
        CaseParticulars p = c.particulars();
        ClueSource source = p.clueSource();
        InfringingAct act = p.act();
        var who = c.infringer();
        return new CaseResponse(c.id(), c.caseNumber(), c.district(), c.departmentId(), c.ipKind(),
                c.ipKind().labelZh(), c.ipKind().labelEn(), c.title(), source,
                source == null ? null : source.labelZh(), source == null ? null : source.labelEn(),
                act == null ? null : new ActView(act, act.labelZh(), act.labelEn(),
                        act.criminalArticle().isPresent() ? act.criminalArticle().getAsInt() : null),
                new InfringerView(who.kind(), who.kind().labelZh(), who.kind().labelEn(), who.name(), who.creditCode(),
                        who.maskedIdNumber()),
                p.rightHolder() == null ? null
                        : new RightHolderView(p.rightHolder().name(), p.rightHolder().creditCode()),
                p.goods().stream().map(CaseResponse::goods).toList(),
                c.illegalBusinessVolume().map(CaseResponse::volume).orElse(null),
                p.evidence().stream().map(e -> new EvidenceView(e.kind(), e.kind().labelZh(), e.kind().labelEn(),
                        e.description(), e.collectedAt())).toList(),
                p.officers(), c.status(), c.status().labelZh(), c.status().labelEn(), c.filedAt(), c.filedBy(),
                ProgressView.of(c, calendar, now), partners);
    }

    private static GoodsView goods(GoodsLine g) {
        return new GoodsView(g.description(), g.unit(), g.quantitySold(), g.quantityUnsold(),
                yuan(g.actualSalePrice()), yuan(g.markedPrice()), yuan(g.averageActualSalePrice()),
                yuan(g.genuineMarketMidPrice()));
    }

    private static VolumeView volume(IllegalBusinessVolume v) {
        return new VolumeView(yuan(v.total()), yuan(v.salesAmount()), yuan(v.unsoldGoodsValue()), v.summaryZh(),
                v.summaryEn(), v.lines().stream().map(l -> new ValuationView(l.description(), l.unit(), l.portion(),
                        l.quantity(), yuan(l.unitPrice()), yuan(l.value()), l.basis(), l.basisZh(), l.basisEn()))
                        .toList());
    }

    static String yuan(Money money) {
        return money == null ? null : money.toYuan().toPlainString();
    }
}
