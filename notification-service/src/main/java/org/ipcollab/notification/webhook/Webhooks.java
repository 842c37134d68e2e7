package org.ipcollab.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.ipcollab.notification.webhook.domain.Backoff;
import org.ipcollab.notification.webhook.domain.WebhookSignature;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Webhook channel: {@link #enqueue} writes one pending delivery per matching webhook of the department, in the
 * consumer's transaction, guarded by the unique key (webhook, event); {@link #dispatch} claims due deliveries
 * ({@code FOR UPDATE SKIP LOCKED} and a lease, so several replicas share the work), posts them signed, logs every
 * attempt, and reschedules with exponential backoff and jitter or dead-letters after the last attempt.
 */
@ApplicationScoped
public class Webhooks {
    private static final Logger LOG = Logger.getLogger(Webhooks.class);
    public static final String HEADER_DELIVERY = "X-IPCollab-Delivery";
    public static final String HEADER_EVENT_ID = "X-IPCollab-Event-Id";
    public static final String HEADER_EVENT_TYPE = "X-IPCollab-Event-Type";
    public static final String HEADER_TIMESTAMP = "X-IPCollab-Timestamp";
    public static final String HEADER_SIGNATURE = "X-IPCollab-Signature";
    public static final String HEADER_ATTEMPT = "X-IPCollab-Attempt";

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Enqueues the item for every webhook of {@code department} whose pattern covers the type; returns how many. */
    @Transactional(TxType.MANDATORY)
    public int enqueue(String department, String eventId, String eventType, String body) {
        return em.createNativeQuery("""
                insert into webhook_delivery (id, webhook_id, department_id, event_id, event_type, body, status,
                                              attempts, next_attempt_at, created_at)
                select gen_random_uuid(), w.id, w.department_id, :eventId, :eventType, :body, 'PENDING', 0, :now, :now
                from webhook_subscription w
                where w.department_id = :d and :eventType like replace(w.event_type_pattern, '*', '%')
                on conflict (webhook_id, event_id) do nothing""")
                .setParameter("eventId", eventId).setParameter("eventType", eventType).setParameter("body", body)
                .setParameter("now", Instant.now(clock)).setParameter("d", department).executeUpdate();
    }

    record Due(UUID id, String url, String secret, String eventId, String eventType, String body, int attempts) {
    }

    @Scheduled(every = "${ipcollab.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        List<Due> due;
        do {
            due = QuarkusTransaction.requiringNew().call(this::claim);
            due.forEach(this::attempt);
        } while (due.size() == 20);
    }

    @SuppressWarnings("unchecked")
    private List<Due> claim() {
        Instant now = Instant.now(clock);
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, w.url, w.secret, d.event_id, d.event_type, d.body, d.attempts
                from webhook_delivery d join webhook_subscription w on w.id = d.webhook_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                order by d.next_attempt_at limit 20
                for update of d skip locked""").setParameter("now", now).getResultList();
        List<Due> due = rows.stream().map(r -> new Due((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], ((Number) r[6]).intValue())).toList();
        for (Due d : due) {
            em.createNativeQuery("update webhook_delivery set next_attempt_at = :lease where id = :id")
                    .setParameter("lease", now.plus(config.lease())).setParameter("id", d.id()).executeUpdate();
        }
        return due;
    }

    private void attempt(Due d) {
        int attempt = d.attempts() + 1;
        long timestamp = Instant.now(clock).getEpochSecond();
        Integer status = null;
        String error = null;
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(config.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(HEADER_DELIVERY, d.id().toString())
                    .header(HEADER_EVENT_ID, d.eventId())
                    .header(HEADER_EVENT_TYPE, d.eventType())
                    .header(HEADER_TIMESTAMP, Long.toString(timestamp))
                    .header(HEADER_SIGNATURE, WebhookSignature.sign(d.secret(), timestamp, d.body()))
                    .header(HEADER_ATTEMPT, Integer.toString(attempt))
                    .POST(HttpRequest.BodyPublishers.ofString(d.body(), StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        int durationMs = (int) ((System.nanoTime() - started) / 1_000_000);
        Integer code = status;
        String why = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        QuarkusTransaction.requiringNew().run(() -> record(d, attempt, code, why, durationMs));
    }

    private void record(Due d, int attempt, Integer status, String error, int durationMs) {
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms)
                values (:id, :attempt, :now, :status, :error, :ms)""")
                .unwrap(NativeQuery.class)
                .setParameter("id", d.id()).setParameter("attempt", attempt).setParameter("now", now)
                .setParameter("status", status, StandardBasicTypes.INTEGER)
                .setParameter("error", error, StandardBasicTypes.STRING).setParameter("ms", durationMs)
                .executeUpdate();
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), config.jitter(),
                config.maxAttempts());
        String next;
        Instant nextAt = null;
        if (error == null) {
            next = "DELIVERED";
        } else if (backoff.exhausted(attempt)) {
            next = "DEAD";
            LOG.warnf("webhook delivery %s dead-lettered after %d attempts: %s", d.id(), attempt, error);
        } else {
            next = "PENDING";
            nextAt = now.plus(backoff.delayAfter(attempt, ThreadLocalRandom.current().nextDouble()));
        }
        em.createNativeQuery("""
                update webhook_delivery set status = :status, attempts = :attempt, next_attempt_at = :next,
                    last_status = :code, last_error = :error,
                    delivered_at = case when :status = 'DELIVERED' then cast(:now as timestamptz) else delivered_at end
                where id = :id""")
                .unwrap(NativeQuery.class)
                .setParameter("status", next).setParameter("attempt", attempt)
                .setParameter("next", nextAt, StandardBasicTypes.INSTANT)
                .setParameter("code", status, StandardBasicTypes.INTEGER)
                .setParameter("error", error, StandardBasicTypes.STRING).setParameter("now", now)
                .setParameter("id", d.id()).executeUpdate();
    }
}
