package org.ipcollab.notification.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Transactional outbox: the event row is written in the caller's transaction, so a state change and its event commit
 * or roll back together. {@link OutboxRelay} publishes the rows.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    MessagingConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Records an event.
     *
     * @param aggregateType e.g. {@code case}
     * @param aggregateId   the case id: the Kafka key and CloudEvents subject, so one case's events stay in order
     * @param type          CloudEvents type, e.g. {@code org.ipcollab.case.filed.v1}
     * @param district      the district the event belongs to (part of the CloudEvents source)
     * @param data          the payload, a record serialised as JSON
     * @return the event id
     */
    /** Once per transaction: when it commits, the relay publishes at once instead of at its next idle check. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    @Transactional(TxType.MANDATORY)
    public UUID append(String aggregateType, String aggregateId, String type, String district, Object data) {
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of " + type + " is not serialisable", e);
        }
        em.createNativeQuery("insert into outbox_event (id, aggregate_type, aggregate_id, type, source, occurred_at, payload)"
                + " values (:id, :aggregateType, :aggregateId, :type, :source, :occurredAt, cast(:payload as jsonb))")
                .setParameter("id", id)
                .setParameter("aggregateType", aggregateType)
                .setParameter("aggregateId", aggregateId)
                .setParameter("type", type)
                .setParameter("source", config.source() + "/" + district)
                .setParameter("occurredAt", Instant.now())
                .setParameter("payload", payload)
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }
}
