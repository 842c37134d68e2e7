package org.ipcollab.mediation.casefeed;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ipcollab.mediation.casefeed.domain.CaseView;
import org.ipcollab.mediation.mediation.CourtEntrustments;
import org.ipcollab.mediation.messaging.EventHandler;
import org.ipcollab.mediation.messaging.IncomingEvent;
import org.ipcollab.mediation.messaging.UnprocessableEventException;
import org.jboss.logging.Logger;

/**
 * The service's event handler. Keeps {@link CaseView}s from case-service's events, and hands a court's entrustment
 * from referral-service's court inbox ({@code referral.mediation-entrusted.v1}) to {@link CourtEntrustments}, which
 * opens the mediation request; runs inside the consumer's transaction with the inbox guard.
 * A filing arrives as {@code case.filed.v2}; the deprecated {@code case.filed.v1} that case-service still publishes
 * beside it for organisation cases is ignored, because it has its own event id and would count the filing twice.
 */
@ApplicationScoped
public class CaseFeedHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(CaseFeedHandler.class);
    static final String CASE_FILED = "org.ipcollab.case.filed.v2";
    static final String CASE_FILED_V1 = "org.ipcollab.case.filed.v1";

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CourtEntrustments entrustments;

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case CASE_FILED -> caseFiled(event);
            case CASE_FILED_V1 -> LOG.debugf("ignoring deprecated %s (%s): the filing is applied from its %s",
                    event.type(), event.id(), CASE_FILED);
            case CourtEntrustments.MEDIATION_ENTRUSTED -> entrustments.entrusted(event);
            default -> LOG.debugf("ignoring event type %s (%s)", event.type(), event.id());
        }
    }

    private void caseFiled(IncomingEvent event) {
        UUID caseId;
        try {
            caseId = UUID.fromString(event.text("caseId"));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("caseId of event " + event.id() + " is not a UUID");
        }
        Instant at = event.time() == null ? Instant.now() : event.time().toInstant();
        CaseProjectionEntity entity = projections.findById(caseId);
        CaseView view = entity == null
                ? CaseView.filed(caseId, event.text("district"), event.text("departmentId"), event.text("ipKind"),
                        event.text("title"), event.id(), at)
                : entity.toDomain().withEvent(event.id(), "FILED", at);
        if (entity == null) {
            entity = new CaseProjectionEntity();
            entity.copy(view);
            projections.persist(entity);
        } else {
            entity.copy(view);
        }
    }
}
