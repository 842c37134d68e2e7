package org.ipcollab.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The broker goes away: filing still works (the outbox keeps the events), and once the broker is back every event
 * reaches the consumers exactly once.
 */
@ExtendWith(Suite.class)
class BrokerOutageIT {
    private static final int CASES = 20;
    private static final String PSB = Suite.DISTRICT + "-psb";
    private static final String ONCE = "inbox=1 applied=1";

    private static Suite suite;
    private static Api api;

    @BeforeAll
    static void subscriptionsInPlace() {
        suite = Suite.get();
        api = new Api(suite);
        api.subscribe(PSB);
        api.subscribe(Suite.DISTRICT + "-proc");
    }

    @Test
    void cases_filed_while_the_broker_is_down_arrive_exactly_once_after_it_is_back() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        suite.stopBroker();
        long slowestMs = 0;
        long t0 = System.nanoTime();
        try {
            for (int i = 1; i <= CASES; i++) {
                long t = System.nanoTime();
                ids.add(api.fileCase("e2e 断网期间立案 " + run + " #" + i).path("id").asText());
                slowestMs = Math.max(slowestMs, (System.nanoTime() - t) / 1_000_000);
            }
            System.out.printf("[e2e] broker down: %d POST /cases answered 201 in %.1f s (slowest %d ms)%n", CASES,
                    (System.nanoTime() - t0) / 1e9, slowestMs);
            assertEquals(2 * CASES, unpublishedOutboxRows(ids),
                    "outbox rows of these cases (case.filed v1 and v2 each) waiting for the broker");
        } finally {
            suite.startBroker();
        }
        long tBack = System.nanoTime();

        Map<String, String> expected = new TreeMap<>();
        ids.forEach(id -> expected.put(id, ONCE));
        await("every case in " + PSB + " and in referral-service once").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertEquals(expected, snapshot(ids)));
        System.out.printf("[e2e] broker back: all %d cases delivered %.1f s after kafka.sh start returned%n", CASES,
                (System.nanoTime() - tBack) / 1e9);

        // quiescence: the counts stay unchanged for 3 s, so a late redelivery would have shown up
        AtomicReference<Map<String, String>> last = new AtomicReference<>(expected);
        await("counts unchanged for 3 s").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Map<String, String> now = snapshot(ids);
                    return now.equals(last.getAndSet(now));
                });
        assertEquals(expected, last.get(), "after quiescence");
        assertEquals(expected, snapshot(ids), "no event applied twice");
    }

    /** caseId → "inbox=<items of the case in 500155-psb> applied=<referral-service eventsApplied>". */
    private static Map<String, String> snapshot(List<String> ids) {
        List<JsonNode> inbox = api.inbox(PSB, api.police());
        Map<String, String> out = new TreeMap<>();
        for (String id : ids) {
            out.put(id, "inbox=" + Api.countFor(inbox, id) + " applied="
                    + api.eventsApplied(Suite.REFERRAL, id, api.police()));
        }
        return out;
    }

    /** White-box: the events wait in case-service's transactional outbox (docs/architecture.md). */
    private static int unpublishedOutboxRows(List<String> ids) throws Exception {
        try (Connection c = E2eDatabases.connect(Suite.CASE);
                PreparedStatement q = c.prepareStatement(
                        "select count(*) from outbox_event where aggregate_id = any(?) and published_at is null")) {
            q.setArray(1, c.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
