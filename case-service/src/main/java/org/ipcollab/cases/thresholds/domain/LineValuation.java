package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;

/**
 * 计价明细 — how one part (sold or unsold) of one goods line was valued: quantity × price = value, which price and why,
 * in Chinese and English, so the officer and the police can follow the computation.
 */
public record LineValuation(String actLabel, LocalDate actDate, String description, String unit, Portion portion,
        long quantity, Money unitPrice, Money value, PriceBasis basis, String basisZh, String basisEn) {

    public enum Portion {
        /** 已销售 */
        SOLD,
        /** 未销售（制造、储存、运输、待售）*/
        UNSOLD
    }
}
