package org.ipcollab.cases.infringement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ValidationException;

import org.ipcollab.cases.infringement.domain.CaseEvent;
import org.ipcollab.cases.infringement.domain.CaseParticulars;
import org.ipcollab.cases.infringement.domain.EstablishedFacts;
import org.ipcollab.cases.infringement.domain.Evidence;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.Infringer;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.RightHolder;
import org.ipcollab.cases.infringement.domain.RuleBook;
import org.ipcollab.cases.rules.LegalRules;
import org.ipcollab.cases.messaging.Outbox;
import org.ipcollab.cases.pii.PersonalData;
import org.ipcollab.cases.security.Caller;
import org.ipcollab.cases.sharing.RepeatInfringers;
import org.ipcollab.cases.thresholds.domain.GoodsLine;
import org.ipcollab.cases.thresholds.domain.Money;
import org.ipcollab.cases.timeline.CaseTimeline;

/**
 * 登记案件 — an enforcement officer files a case; its number ({@link CaseNumbers}), the case, its {@code case.filed}
 * events (v2, and v1 for an organisation) and its first record entry ({@code CASE_FILED}) commit together. A natural
 * person's resident ID number is encrypted with its lookup hash here and reaches the domain, the record and the event
 * only masked.
 */
@ApplicationScoped
public class FileCase {
    /** Case numbers run per calendar year in Beijing time. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Inject
    CaseRepository cases;

    @Inject
    CaseNumbers numbers;

    @Inject
    PersonalData personalData;

    @Inject
    Outbox outbox;

    @Inject
    CaseTimeline timeline;

    @Inject
    Caller caller;

    @Inject
    CaseClocks clocks;

    @Inject
    LegalRules rules;

    /** Fills in a previous penalty in this or a sharing district when the officers gave none (issue 7 item 3). */
    @Inject
    RepeatInfringers repeatInfringers;

    Clock clock = Clock.systemUTC();

    @Transactional
    public InfringementCase file(FileCaseRequest request) {
        caller.requireDistrict(request.district());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        FileCaseRequest.InfringerRequest who = request.infringer();
        Infringer infringer = who.kind() == PartyKind.PERSON
                ? Infringer.person(who.name(), who.idNumber())
                : new Infringer(who.name(), who.creditCode());
        // Everything that does not need the case number comes first, reads included: the number's counter row is
        // locked from issue() until commit, and every other filing of this department and year waits for it.
        CaseParticulars particulars;
        try {
            particulars = particulars(request);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        EstablishedFacts facts = repeatInfringers.withPreviousPenalty(FactsRequest.orNone(request.facts()),
                infringer.creditCode(), request.district(), now.atZone(BEIJING).toLocalDate(), null);
        RuleBook ruleBook = ChangeCase.ruleBook(rules);
        String caseNumber = numbers.issue(caller.department(), now.atZone(BEIJING).getYear());
        InfringementCase.Filing filing;
        try {
            filing = InfringementCase.file(request.district(), caller.department(), caseNumber,
                request.ipKind(), request.title(), infringer, particulars, facts, caller.subject(), now, ruleBook);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(e.getMessage());
        }
        InfringementCase filed = filing.filed();
        CaseEntity entity = CaseEntity.from(filed);
        if (who.kind() == PartyKind.PERSON) {
            PersonalData.Protected id = personalData.protect(who.idNumber(), filed.id().toString());
            entity.infringerIdNumberEncrypted = id.ciphertext();
            entity.infringerIdNumberHash = id.lookupHash();
        }
        cases.persist(entity);
        cases.flush(); // the record's entry and the clocks refer to the case row
        clocks.save(filed.id(), filed.progress().clocks(), now);
        timeline.appendFirst(filed.id(), "CASE_FILED",
                "登记案件 " + caseNumber + "（" + filed.ipKind().labelZh() + "）：" + filed.title(),
                "Case " + caseNumber + " filed (" + filed.ipKind().labelEn() + "): " + filed.title(),
                CaseSnapshot.of(filed));
        for (CaseEvent event : filing.events()) {
            outbox.append("case", event.caseId().toString(), event.type(), event.district(), event);
        }
        return filed;
    }

    private static CaseParticulars particulars(FileCaseRequest r) {
        RightHolder holder = r.rightHolder() == null ? null
                : new RightHolder(r.rightHolder().name(), r.rightHolder().creditCode());
        List<GoodsLine> goods = r.goods() == null ? List.of() : r.goods().stream()
                .map(g -> new GoodsLine(g.name().strip(), g.unit().strip(), g.sold(), g.unsold(),
                        money(g.actualSalePrice()), money(g.markedPrice()), money(g.averageActualSalePrice()),
                        money(g.genuineMarketMidPrice())))
                .toList();
        List<Evidence> evidence = r.evidence() == null ? List.of() : r.evidence().stream()
                .map(e -> new Evidence(e.kind(), e.description(), e.collectedAt().truncatedTo(ChronoUnit.MICROS)))
                .toList();
        return new CaseParticulars(r.clueSource(), r.act(), holder, goods, evidence, r.officers());
    }

    private static Money money(String yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }
}
