package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer dies hard in the middle of a stream (issue 8 item 2): referral-service is killed with SIGKILL while cases
 * are being filed, so it neither commits its offsets nor leaves its consumer group. After it is started again, every
 * filing reaches its case projection exactly once and its inbox table holds each event id once.
 */
@ExtendWith(Suite.class)
class ConsumerKilledIT {
    private static final int CASES = 30;

    @Test
    void a_consumer_killed_mid_stream_applies_every_event_exactly_once_after_restart() throws Exception {
        Suite suite = Suite.get();
        Api api = new Api(suite);
        ServiceProcess referral = suite.service(Suite.REFERRAL);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new CopyOnWriteArrayList<>();
        long t0 = System.nanoTime();

        // a stream of filings from another thread; the kill lands while it flows
        ExecutorService filer = Executors.newSingleThreadExecutor();
        Future<?> filing = filer.submit(() -> {
            for (int i = 1; i <= CASES; i++) {
                ids.add(api.fileCase("e2e 消费者被杀 " + run + " #" + i).path("id").asText());
            }
        });
        try {
            await("referral-service applies a filing of the stream").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50))
                    .failFast("filing failed", () -> failed(filing))
                    .until(() -> !ids.isEmpty() && !projections(List.copyOf(ids)).isEmpty());
            referral.kill();
            int filedAtKill = ids.size();
            int appliedAtKill = projections(List.copyOf(ids)).size();
            assertFalse(referral.alive(), "referral-service still alive after SIGKILL");
            System.out.printf("[e2e] referral-service SIGKILLed (exit %d) mid-stream: %d cases filed, %d applied%n",
                    referral.exitValue(), filedAtKill, appliedAtKill);
            referral.restart(); // the stream goes on while it is down and starting
            filing.get(60, TimeUnit.SECONDS);
        } finally {
            filer.shutdownNow();
            if (!referral.alive()) {
                referral.restart();
            }
            referral.awaitReady(Suite.READY_TIMEOUT); // leaves the suite usable for the ITs after this one
        }
        assertEquals(CASES, ids.size(), "cases filed");
        long tReady = System.nanoTime();
        System.out.printf("[e2e] referral-service ready again %.1f s after the first filing%n", (tReady - t0) / 1e9);

        Map<String, String> eventIds = caseServiceEventIds(ids); // event id -> type, v1 and v2 of every case
        assertEquals(2 * CASES, eventIds.size(), "case.filed v1 and v2 per case in case-service's outbox");
        Map<String, String> expectedProjections = new TreeMap<>();
        Map<String, Integer> expectedInbox = new TreeMap<>();
        eventIds.forEach((id, type) -> expectedInbox.put(id, 1));
        for (String caseId : ids) {
            expectedProjections.put(caseId, "applied=1 last=" + v2Of(caseId));
        }

        await("backlog drained: every case projected once, every event id in the inbox once")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    assertEquals(expectedProjections, projections(ids));
                    assertEquals(expectedInbox, inboxRows(eventIds.keySet()));
                });
        System.out.printf("[e2e] all %d cases applied once %.1f s after the restart was ready%n", CASES,
                (System.nanoTime() - tReady) / 1e9);

        // quiescence: unchanged for 3 s, so a late redelivery of the unacknowledged records would have shown up
        AtomicReference<Map<String, String>> last = new AtomicReference<>(expectedProjections);
        await("projections unchanged for 3 s").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Map<String, String> now = projections(ids);
                    return now.equals(last.getAndSet(now));
                });
        assertEquals(expectedProjections, projections(ids), "no filing applied twice");
        assertEquals(expectedInbox, inboxRows(eventIds.keySet()), "no event id twice in processed_event");
    }

    private static boolean failed(Future<?> f) throws InterruptedException {
        if (!f.isDone()) {
            return false;
        }
        try {
            f.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private String v2Of(String caseId) throws Exception {
        try (Connection c = E2eDatabases.connect(Suite.CASE);
                PreparedStatement q = c.prepareStatement(
                        "select id from outbox_event where aggregate_id = ? and type = ?")) {
            q.setString(1, caseId);
            q.setString(2, Api.CASE_FILED);
            try (ResultSet rs = q.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                assertEquals(1, found.size(), () -> "case.filed.v2 events of " + caseId + ": " + found);
                return found.get(0);
            }
        }
    }

    /** case-service's outbox: event id → type, for these cases. */
    private static Map<String, String> caseServiceEventIds(List<String> caseIds) throws Exception {
        try (Connection c = E2eDatabases.connect(Suite.CASE);
                PreparedStatement q = c.prepareStatement(
                        "select id::text, type from outbox_event where aggregate_id = any(?)")) {
            q.setArray(1, c.createArrayOf("varchar", caseIds.toArray()));
            Map<String, String> out = new TreeMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        }
    }

    /** referral-service's case_projection rows of these cases: caseId → "applied=&lt;n&gt; last=&lt;event id&gt;". */
    private static Map<String, String> projections(List<String> caseIds) throws Exception {
        try (Connection c = E2eDatabases.connect(Suite.REFERRAL);
                PreparedStatement q = c.prepareStatement("select case_id::text, events_applied, last_event_id"
                        + " from case_projection where case_id::text = any(?)")) {
            q.setArray(1, c.createArrayOf("varchar", caseIds.toArray()));
            Map<String, String> out = new TreeMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String prev = out.put(rs.getString(1), "applied=" + rs.getLong(2) + " last=" + rs.getString(3));
                    if (prev != null) {
                        out.put(rs.getString(1), "more than one row");
                    }
                }
            }
            return out;
        }
    }

    /** referral-service's processed_event: event id → rows (all consumers), for these event ids. */
    private static Map<String, Integer> inboxRows(java.util.Collection<String> eventIds) throws Exception {
        try (Connection c = E2eDatabases.connect(Suite.REFERRAL);
                PreparedStatement q = c.prepareStatement("select event_id, count(*) from processed_event"
                        + " where event_id = any(?) group by event_id")) {
            q.setArray(1, c.createArrayOf("varchar", eventIds.toArray()));
            Map<String, Integer> out = new TreeMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        }
    }
}
