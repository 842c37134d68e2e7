package org.ipcollab.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Idempotent consumer guard: the primary key (event_id, consumer) decides, in the same transaction as the effect,
 * whether an event is applied; a redelivered event inserts nothing and so changes nothing.
 */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager em;

    /** True the first time this consumer sees the event id; false for a redelivery. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String consumer) {
        return em.createNativeQuery("insert into processed_event (event_id, consumer, processed_at) values (:id, :consumer, now())"
                + " on conflict do nothing")
                .setParameter("id", eventId)
                .setParameter("consumer", consumer)
                .executeUpdate() == 1;
    }
}
