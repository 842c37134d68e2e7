package org.ipcollab.cases.partnerfeed;

import jakarta.enterprise.context.ApplicationScoped;

import org.ipcollab.cases.messaging.EventHandler;
import org.ipcollab.cases.messaging.IncomingEvent;
import org.jboss.logging.Logger;

/**
 * Referral and mediation events, which will show each case's whole status (issues 3–5). No type is applied yet:
 * every event is recorded in the inbox and ignored, so the consumer, its offsets and its dead-letter path already run.
 */
@ApplicationScoped
public class PartnerEventHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(PartnerEventHandler.class);

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            default -> LOG.debugf("ignoring event type %s (%s)", event.type(), event.id());
        }
    }
}
