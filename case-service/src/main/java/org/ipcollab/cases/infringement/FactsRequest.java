package org.ipcollab.cases.infringement;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ipcollab.cases.infringement.domain.EstablishedFacts;
import org.ipcollab.cases.thresholds.domain.Money;

/**
 * 认定的案件事实 — the figures the criminal thresholds measure beyond the goods. Omitted figures are "not established",
 * never zero. Body of {@code PUT /cases/{id}/facts}, and optional at filing.
 */
@Schema(description = "认定的案件事实 — established facts weighed against the criminal thresholds")
public record FactsRequest(
        @PastOrPresent @Schema(description = "行为日 — date of the act; picks the threshold rule set in force",
                example = "2026-10-02") LocalDate actDate,
        @Pattern(regexp = FileCaseRequest.YUAN, message = FileCaseRequest.YUAN_MESSAGE) String illegalGains,
        @Pattern(regexp = FileCaseRequest.YUAN, message = FileCaseRequest.YUAN_MESSAGE) String rightHolderLoss,
        @PositiveOrZero Long copies,
        @PositiveOrZero Long pieces,
        @PositiveOrZero Integer registeredMarks,
        @PositiveOrZero Integer markLabelKinds,
        @PositiveOrZero Integer patents,
        @PastOrPresent LocalDate previousPenaltyOn) {

    EstablishedFacts toDomain() {
        return new EstablishedFacts(actDate, money(illegalGains), money(rightHolderLoss), copies, pieces,
                registeredMarks, markLabelKinds, patents, previousPenaltyOn);
    }

    static EstablishedFacts orNone(FactsRequest facts) {
        return facts == null ? EstablishedFacts.onlyActDate(null) : facts.toDomain();
    }

    private static Money money(String yuan) {
        return yuan == null ? null : Money.ofYuan(yuan);
    }
}
