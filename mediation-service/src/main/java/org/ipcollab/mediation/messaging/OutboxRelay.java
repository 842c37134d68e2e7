package org.ipcollab.mediation.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes outbox rows to Kafka in the order they were written.
 * <p>
 * A round runs right after a transaction that appended events commits ({@link Outbox} wakes the relay), and otherwise
 * every {@code ipcollab.messaging.relay-idle-wait} (rows written by another replica, or left by a failed round).
 * <p>
 * Safe with several replicas: a round first takes a transaction-level advisory lock, so one replica relays at a time
 * (claiming with {@code FOR UPDATE SKIP LOCKED} alone would let two replicas send two events of one case out of
 * order). Rows are marked published only once the broker acknowledged them; the round stops at the first failure, so
 * nothing after an unsent event of the same case overtakes it. A resend after a crash is possible (at-least-once); the
 * consumers' inbox makes it harmless.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SCHEMA_BASE = "https://ipcollab.org/schemas/events/";

    @Inject
    EntityManager em;

    @Inject
    KafkaClients clients;

    @Inject
    Topics topics;

    @Inject
    MessagingConfig config;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile Producer<String, CloudEvent> producer;
    private Thread thread;

    /** Rounds run on one thread: at once after a commit that wrote outbox rows, else every relay-idle-wait. */
    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::loop, applicationName + "-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wake();
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Asks for a round now (called after a transaction that appended events commits). */
    public void wake() {
        wakeUps.release();
    }

    private void loop() {
        while (running) {
            int published;
            try {
                published = relay();
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay round failed, will retry: %s", e.getMessage());
                published = -1;
            }
            if (published >= config.relayBatchSize()) {
                continue;
            }
            try {
                wakeUps.tryAcquire((published < 0 ? config.retryBackoff() : config.relayIdleWait()).toMillis(),
                        TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void purgePublished() {
        em.createNativeQuery("delete from outbox_event where published_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.outboxRetention()))
                .executeUpdate();
    }

    /** One round in its own transaction: publishes up to a batch of unpublished rows; returns how many were acknowledged. */
    public int relay() {
        return QuarkusTransaction.requiringNew().call(this::round);
    }

    private int round() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('ipcollab-outbox-relay'))")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, aggregate_id, type, source, occurred_at, cast(payload as text)"
                + " from outbox_event where published_at is null order by seq limit :n for update skip locked")
                .setParameter("n", config.relayBatchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        topics.ensure();
        Producer<String, CloudEvent> p = producer();
        List<UUID> ids = new ArrayList<>(rows.size());
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        try {
            for (Object[] row : rows) {
                CloudEvent event = toCloudEvent(row);
                sends.add(p.send(new ProducerRecord<>(config.topic(), (String) row[1], event)));
                ids.add((UUID) row[0]);
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay handed %d of %d events to the producer: %s", ids.size(), rows.size(), e.getMessage());
        }
        p.flush();
        List<UUID> acknowledged = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
                acknowledged.add(ids.get(i));
            } catch (ExecutionException e) {
                LOG.warnf("outbox event %s not acknowledged (%s); it and the rest of this round wait for the next one",
                        ids.get(i), e.getCause().getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!acknowledged.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                    .setParameter("ids", acknowledged)
                    .executeUpdate();
        }
        return acknowledged.size();
    }

    private static CloudEvent toCloudEvent(Object[] row) {
        String type = (String) row[2];
        return CloudEventBuilder.v1()
                .withId(row[0].toString())
                .withSource(URI.create((String) row[3]))
                .withType(type)
                .withSubject((String) row[1])
                .withTime(toOffsetDateTime(row[4]))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(SCHEMA_BASE + type.replaceFirst("^org\\.ipcollab\\.", "") + ".json"))
                .withData(((String) row[5]).getBytes(StandardCharsets.UTF_8))
                .build();
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected occurred_at type " + value.getClass());
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = clients.eventProducer();
                }
            }
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
