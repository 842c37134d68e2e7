package org.ipcollab.cases.publication;

import java.time.Instant;
import java.util.UUID;

/**
 * A publication as its department sees it: when, whether on time, how long it is shown, whether it was withdrawn, and
 * the public text exactly as published.
 */
public record PublicationResponse(UUID publicationId, UUID caseId, Instant publishedAt, boolean onTime,
        boolean smallFine, Instant displayUntil, Instant withdrawnAt, String withdrawalReason,
        PublicDecisionResponse publicText) {

    static PublicationResponse of(Publications.Row row) {
        return new PublicationResponse(row.id(), row.caseId(), row.publishedAt(), row.onTime(), row.smallFine(),
                row.displayUntil(), row.withdrawnAt(), row.withdrawalReason(), PublicDecisionResponse.of(row));
    }
}
