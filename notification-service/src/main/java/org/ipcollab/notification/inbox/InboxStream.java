package org.ipcollab.notification.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * 实时推送 — the live stream of each department's inbox over Server-Sent Events. Every send reads the table
 * ({@code seq > last sent}), so the stream is the table in sequence order: a new connection replays what it missed
 * (from {@code Last-Event-ID}), then goes on live. "Live" means: the consumer's transaction, once committed, wakes the
 * department's connections ({@link InboxItemsAdded}, observed after success); a scheduled sweep also wakes every
 * connection, which covers items committed by another replica and sends a keep-alive comment that finds closed clients.
 */
@ApplicationScoped
public class InboxStream {
    private static final Logger LOG = Logger.getLogger(InboxStream.class);
    private static final int BATCH = 200;

    @Inject
    InboxItemRepository items;

    private final Map<String, Set<Connection>> connections = new ConcurrentHashMap<>();
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "inbox-stream");
        t.setDaemon(true);
        return t;
    });

    final class Connection {
        final String department;
        final SseEventSink sink;
        final Sse sse;
        long lastSent;

        Connection(String department, SseEventSink sink, Sse sse, long lastSent) {
            this.department = department;
            this.sink = sink;
            this.sse = sse;
            this.lastSent = lastSent;
        }

        /** Sends every item after the last one sent, in sequence order; one pump at a time per connection. */
        synchronized void pump() {
            try {
                while (!sink.isClosed()) {
                    long after = lastSent;
                    List<InboxItemResponse> next = QuarkusTransaction.requiringNew().call(() -> items
                            .after(department, after, BATCH).stream().map(InboxItemResponse::of).toList());
                    for (InboxItemResponse item : next) {
                        sink.send(sse.newEventBuilder().id(Long.toString(item.seq())).name("notification")
                                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(InboxItemResponse.class, item).build())
                                .toCompletableFuture().get(10, TimeUnit.SECONDS);
                        lastSent = item.seq();
                    }
                    if (next.size() < BATCH) {
                        return;
                    }
                }
            } catch (Exception e) {
                LOG.debugf("stream of %s closed: %s", department, e.toString());
                close();
            }
        }

        synchronized void keepAlive() {
            if (sink.isClosed()) {
                close();
                return;
            }
            sink.send(sse.newEventBuilder().comment("keep-alive").build()).whenComplete((ok, e) -> {
                if (e != null) {
                    close();
                }
            });
        }

        void close() {
            Set<Connection> set = connections.get(department);
            if (set != null) {
                set.remove(this);
            }
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already closed by the client
            }
        }
    }

    /**
     * Opens a stream of {@code department}'s items after sequence {@code after}; null for a new client, which starts
     * after the department's current last item (live only).
     */
    public void open(String department, Long after, SseEventSink sink, Sse sse) {
        long start = after != null ? after : QuarkusTransaction.requiringNew().call(() -> lastSeq(department));
        Connection c = new Connection(department, sink, sse, start);
        sink.send(sse.newEventBuilder().comment("收件箱实时推送 " + department).reconnectDelay(1000).build());
        connections.computeIfAbsent(department, d -> ConcurrentHashMap.newKeySet()).add(c);
        pumps.execute(c::pump);
    }

    private long lastSeq(String department) {
        Object max = items.getEntityManager()
                .createNativeQuery("select coalesce(max(seq), 0) from inbox_item where department_id = :d")
                .setParameter("d", department).getSingleResult();
        return ((Number) max).longValue();
    }

    void itemsAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxItemsAdded added) {
        for (String department : added.departments()) {
            for (Connection c : connections.getOrDefault(department, Set.of())) {
                pumps.execute(c::pump);
            }
        }
    }

    @Scheduled(every = "${ipcollab.stream.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        connections.values().forEach(set -> set.forEach(c -> pumps.execute(() -> {
            c.keepAlive();
            c.pump();
        })));
    }

    /** Open connections of a department (for tests and metrics). */
    public int openConnections(String department) {
        return connections.getOrDefault(department, Set.of()).size();
    }

    @PreDestroy
    void stop() {
        connections.values().forEach(set -> set.forEach(Connection::close));
        pumps.shutdownNow();
    }
}
