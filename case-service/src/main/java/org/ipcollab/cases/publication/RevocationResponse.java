package org.ipcollab.cases.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ipcollab.cases.infringement.domain.DecisionRevoked;

/** A recorded change or revocation of a decision, and the withdrawal it calls for. */
public record RevocationResponse(UUID caseId, String documentNumber, String kind, String kindZh, String kindEn,
        String reason, String reference, Instant recordedAt, boolean wasPublished, LocalDate withdrawalDueDate) {

    static RevocationResponse of(DecisionRevoked e) {
        return new RevocationResponse(e.caseId(), e.documentNumber(), e.kind().name(), e.kind().labelZh(),
                e.kind().labelEn(), e.reason(), e.reference(), e.recordedAt(), e.wasPublished(),
                e.withdrawalDueDate());
    }
}
