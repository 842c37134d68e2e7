package org.ipcollab.cases.publication.domain;

import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.infringement.domain.Decision;
import org.ipcollab.cases.infringement.domain.InfringementCase;
import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.PenaltyMeasure;
import org.ipcollab.cases.rules.domain.WorkingDayCalendar;
import org.ipcollab.cases.thresholds.domain.InfringingAct;
import org.ipcollab.cases.thresholds.domain.Money;

/**
 * 行政处罚信息公示内容 — the public text of a penalty decision, fixed when it is published: what SAMR Order 45 lists
 * (document number and date, the deciding agency, the party, the act, the measures and amounts, the facts and grounds)
 * with every free-text field passed through the {@link Redaction}. It carries no officer, no resident ID number (not
 * even masked) and no internal id other than the agency's department.
 *
 * @param documentNumber   处罚决定书文号
 * @param decidedOn        决定日期 (Beijing date)
 * @param departmentId     作出决定的机关 (department id)
 * @param district         its district (GB/T 2260)
 * @param caseNumber       案件编号
 * @param caseTitle        案件名称, redacted
 * @param partyKind        单位 or 自然人
 * @param partyName        the organisation's name, or the person's name as {@link PublicationRules#publicName} says
 * @param creditCode       统一社会信用代码 of an organisation; null for a person
 * @param act              违法行为, or null when not recorded
 * @param measures         处罚种类
 * @param fine             罚款, yuan, or null
 * @param confiscatedGains 没收违法所得, yuan, or null
 * @param reasons          主要违法事实和依据, redacted
 */
public record PublicDecision(String documentNumber, LocalDate decidedOn, String departmentId, String district,
        String caseNumber, String caseTitle, PartyKind partyKind, String partyName, String creditCode,
        InfringingAct act, List<PenaltyMeasure> measures, String fine, String confiscatedGains, String reasons) {

    public PublicDecision {
        measures = List.copyOf(measures);
    }

    /** The public text of {@code c}'s decision under {@code redaction} and {@code rules}. */
    public static PublicDecision of(InfringementCase c, Redaction redaction, PublicationRules rules) {
        Decision d = c.progress().decision();
        if (d == null || !d.isPublishable()) {
            throw new IllegalStateException("case " + c.id() + " has no publishable decision");
        }
        PartyKind kind = c.infringer().kind();
        return new PublicDecision(d.documentNumber(), WorkingDayCalendar.legalDate(d.decidedAt()), c.departmentId(),
                c.district(), c.caseNumber(), redaction.apply(c.title()), kind,
                redaction.apply(rules.publicName(kind, c.infringer().name())),
                kind == PartyKind.ORGANISATION ? c.infringer().creditCode() : null, c.particulars().act(),
                d.measures().stream().sorted().toList(), yuan(d.fine()), yuan(d.confiscatedGains()),
                redaction.apply(d.reasons()));
    }

    private static String yuan(Money money) {
        return money == null ? null : money.toYuan().toPlainString();
    }
}
