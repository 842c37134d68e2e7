package org.ipcollab.mediation.mediation.domain;

import java.util.Map;
import java.util.UUID;

/**
 * One fact of a mediation as the outbox publishes it: the common fields every mediation event carries (the status is
 * the mediation's status after the fact) and the fact's own details, in order.
 */
public record MediationEvent(MediationFact fact, UUID caseId, UUID mediationId, String district, MediationKind kind,
        MediationStatus status, String occurredAt, Map<String, Object> details) {
    public String type() {
        return fact.type();
    }
}
