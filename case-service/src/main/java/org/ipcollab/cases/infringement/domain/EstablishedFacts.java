package org.ipcollab.cases.infringement.domain;

import java.time.LocalDate;

import org.ipcollab.cases.thresholds.domain.Money;

/**
 * 认定的案件事实 beyond the goods — what the officers have established that the criminal thresholds measure. A figure not
 * (yet) established is null, never zero.
 *
 * @param actDate           date of the act (or the last of repeated acts): it picks the threshold rule set in force
 * @param illegalGains      违法所得
 * @param rightHolderLoss   权利人损失
 * @param copies            复制品数量
 * @param pieces            注册商标标识数量（件）
 * @param registeredMarks   假冒注册商标的种数
 * @param markLabelKinds    注册商标标识的种数
 * @param patents           假冒专利的项数
 * @param previousPenaltyOn the infringer's last administrative penalty for IP infringement, if any
 */
public record EstablishedFacts(LocalDate actDate, Money illegalGains, Money rightHolderLoss, Long copies,
        Long pieces, Integer registeredMarks, Integer markLabelKinds, Integer patents, LocalDate previousPenaltyOn) {

    public static EstablishedFacts onlyActDate(LocalDate actDate) {
        return new EstablishedFacts(actDate, null, null, null, null, null, null, null, null);
    }
}
