package org.ipcollab.referral.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.ipcollab.referral.referral.ReferralFixtures.officer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.ipcollab.referral.ReferralServiceTestProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(ReferralServiceTestProfile.class)
class OverdueClocksTest {
    static final String OVERDUE = "org.ipcollab.referral.clock-overdue.v1";

    @Inject
    ReferralFixtures fx;

    @Inject
    OverdueClocks scanner;

    long overdueEvents(UUID caseId) {
        return fx.count("select count(*) from outbox_event where aggregate_id = cast(:id as text) and type = '"
                + OVERDUE + "'", caseId.toString());
    }

    @Test
    @DisplayName("a head decision that ran out is reported once, escalated to the procuratorate, however often and however many scanners run")
    void overdueOnce() throws Exception {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        // the report reached the head on Friday 2025-09-26: 3 days → Mon 09-29
        fx.execute("update referral_clock set started_at = timestamptz '2025-09-26 10:00:00+08',"
                + " due_at = timestamptz '2025-09-29 23:59:59.999999+08' where owner_id = cast(:id as uuid)"
                + " and kind = 'HEAD_DECISION'", id);
        // two replicas scan at once, then one scans again after a restart
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(scanner::scanOnce);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(scanner::scanOnce);
        a.get();
        b.get();
        scanner.scanOnce();
        scanner.scanOnce();
        assertEquals(1, overdueEvents(caseId));
        List<JsonNode> events = fx.assertEventsConform(caseId);
        JsonNode overdue = events.stream().filter(e -> e.at("/details/clock").isTextual()).findFirst().orElseThrow();
        assertEquals("HEAD_DECISION", overdue.at("/details/clock").asText());
        assertEquals("2025-09-29", overdue.at("/details/dueDate").asText());
        assertEquals("500155-procuratorate", overdue.at("/details/escalatedToDepartmentId").asText());
        assertEquals("500155-amr", overdue.at("/details/responsibleDepartmentId").asText());
        assertEquals("AWAITING_APPROVAL", overdue.get("status").asText());
        assertEquals("system", overdue.at("/actor/role").asText());
        given().auth().oauth2(officer()).get("/referrals/" + id).then()
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.status", equalTo("OVERDUE"))
                .body("clocks.find { it.kind == 'HEAD_DECISION' }.overdueNotifiedAt", notNullValue())
                .body("steps.find { it.fact == 'clock-overdue' }.actorSubject", equalTo("ipcollab-referral-service"));
    }

    @Test
    @DisplayName("a lapsed window (the agency's right to ask for reconsideration) is never reported; a done clock neither")
    void windowsAndDoneClocksAreNotReported() {
        UUID caseId = fx.aCase();
        String id = fx.sent(caseId);
        ReferralFixtures.post(ReferralFixtures.police(), id, "receive", null).statusCode(200);
        ReferralFixtures.post(ReferralFixtures.police(), id, "refuse", "{\"reasons\":\"证据不足\"}").statusCode(200);
        fx.execute("update referral_clock set started_at = timestamptz '2025-09-26 10:00:00+08',"
                + " due_at = timestamptz '2025-09-29 23:59:59.999999+08' where owner_id = cast(:id as uuid)"
                + " and kind = 'RECONSIDERATION_REQUEST'", id);
        fx.execute("update referral_clock set due_at = timestamptz '2025-09-29 23:59:59.999999+08'"
                + " where owner_id = cast(:id as uuid) and kind = 'POLICE_DECISION'", id);
        scanner.scanOnce();
        assertEquals(0, overdueEvents(caseId));
        // the lapsed right is refused
        ReferralFixtures.post(officer(), id, "request-reconsideration", "{\"grounds\":\"迟到\"}").statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    @DisplayName("a stored due instant that passed although the clock is not overdue is moved, not reported")
    void staleDueInstantIsMoved() {
        UUID caseId = fx.aCase();
        String id = fx.submit(caseId);
        fx.execute("update referral_clock set due_at = timestamptz '2025-09-29 23:59:59+08'"
                + " where owner_id = cast(:id as uuid) and kind = 'HEAD_DECISION'", id);
        scanner.scanOnce();
        assertEquals(0, overdueEvents(caseId));
        assertEquals(1, fx.count("select count(*) from referral_clock where owner_id = cast(:id as uuid)"
                + " and kind = 'HEAD_DECISION' and due_at > now()", id));
    }
}
