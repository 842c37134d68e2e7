package org.ipcollab.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ipcollab.notification.Events.REFERRAL_TOPIC;
import static org.ipcollab.notification.Events.otherServiceEvent;
import static org.ipcollab.notification.Events.send;
import static org.ipcollab.notification.Fixtures.aFreshDistrict;
import static org.ipcollab.notification.Fixtures.tokenOf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.notification.NotificationServiceTestProfile;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Webhooks against a real HTTP receiver: signed deliveries, retries with backoff, the dead-letter list and manual
 * redelivery (test profile: 3 attempts, 0.1 s initial backoff, 0.1 s dispatcher poll).
 */
@QuarkusTest
@TestProfile(NotificationServiceTestProfile.class)
class WebhookDeliveryTest {
    static final Duration BOUND = Duration.ofSeconds(60);
    static final String SECRET = "a-partner-secret-of-at-least-32-characters";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    String register(String department, TestReceiver receiver) {
        receiver.secret(SECRET);
        return given().auth().oauth2(tokenOf(department)).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"url\":\"%s\",\"secret\":\"%s\",\"eventTypePattern\":\"org.ipcollab.referral.*\"}"
                        .formatted(department, receiver.url(), SECRET))
                .post("/webhooks").then().statusCode(201).body("secret", equalTo(SECRET)).extract().path("id");
    }

    ObjectNode referral(String district, UUID caseId) {
        return otherServiceEvent(caseId, district, "SUBMITTED", "已移送公安机关", "Referred to the police");
    }

    JsonPath deliveries(String department, String webhookId) {
        return given().auth().oauth2(tokenOf(department)).get("/webhooks/" + webhookId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("the receiver verifies the signature, fails the first two attempts and accepts the retry; the log "
            + "shows every attempt")
    void retriedUntilAccepted() throws Exception {
        String d = aFreshDistrict();
        String proc = d + "-proc";
        try (TestReceiver receiver = new TestReceiver(2)) {
            String webhook = register(proc, receiver);
            UUID caseId = UUID.randomUUID();
            String eventId = send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.submitted.v1", referral(d, caseId));

            await().atMost(BOUND).until(() -> receiver.accepted().size() == 1);
            List<TestReceiver.Request> got = receiver.requests;
            assertEquals(3, got.size());
            assertTrue(got.stream().allMatch(TestReceiver.Request::signatureValid), "every signature verifies");
            assertEquals(List.of(1, 2, 3), got.stream().map(TestReceiver.Request::attempt).toList());
            assertEquals(1, got.stream().map(TestReceiver.Request::deliveryId).distinct().count(), "one delivery id");
            assertEquals(eventId, got.get(2).eventId());
            assertTrue(got.get(2).body().contains("\"caseId\":\"" + caseId + "\""));
            assertTrue(got.get(2).body().contains("已移送公安机关"));
            // A forged body does not verify against the signature that was sent.
            assertTrue(!("v1=" + TestReceiver.hmac(SECRET, got.get(2).timestamp() + "." + got.get(2).body()
                    .replace(caseId.toString(), UUID.randomUUID().toString()))).equals(got.get(2).signature()));

            await().atMost(BOUND).until(() -> "DELIVERED".equals(deliveries(proc, webhook).getString("[0].status")));
            JsonPath log = deliveries(proc, webhook);
            assertEquals(List.of(503, 503, 200), log.getList("[0].log.statusCode"));
            assertEquals(3, log.getInt("[0].attempts"));
        }
    }

    @Test
    @DisplayName("a receiver that always fails ends in the dead-letter list; redelivered by hand it is received")
    void deadLetteredThenRedelivered() throws Exception {
        String d = aFreshDistrict();
        String proc = d + "-proc";
        try (TestReceiver receiver = new TestReceiver(Integer.MAX_VALUE)) {
            String webhook = register(proc, receiver);
            send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.submitted.v1", referral(d, UUID.randomUUID()));

            await().atMost(BOUND).until(() -> given().auth().oauth2(tokenOf(proc))
                    .get("/webhooks/dead-letters?departmentId=" + proc).then().extract().jsonPath()
                    .getList("id").size() == 1);
            assertEquals(3, receiver.requests.size(), "no attempt after the last one");
            String delivery = deliveries(proc, webhook).getString("[0].id");
            given().auth().oauth2(tokenOf(proc)).get("/webhooks/dead-letters?departmentId=" + proc)
                    .then().body("[0].status", equalTo("DEAD")).body("[0].log", hasSize(3))
                    .body("[0].lastError", equalTo("HTTP 503"));

            // Refused: another department may not redeliver it; nothing changes.
            given().auth().oauth2(tokenOf(d + "-psb")).post("/webhooks/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(403).contentType("application/problem+json");
            assertEquals("DEAD", deliveries(proc, webhook).getString("[0].status"));

            receiver.failuresLeft.set(0);
            given().auth().oauth2(tokenOf(proc)).post("/webhooks/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            await().atMost(BOUND).until(() -> receiver.accepted().size() == 1);
            await().atMost(BOUND).until(() -> "DELIVERED".equals(deliveries(proc, webhook).getString("[0].status")));
            assertEquals(4, deliveries(proc, webhook).getList("[0].log").size());
            given().auth().oauth2(tokenOf(proc)).post("/webhooks/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(409).contentType("application/problem+json");
            given().auth().oauth2(tokenOf(proc)).get("/webhooks/dead-letters?departmentId=" + proc)
                    .then().body("$", hasSize(0));
        }
    }

    @Test
    @DisplayName("the same event delivered three times makes one inbox item and one webhook delivery per recipient")
    void redeliveredEventNotifiesOnce() throws Exception {
        String d = aFreshDistrict();
        String proc = d + "-proc";
        try (TestReceiver receiver = new TestReceiver(0)) {
            String webhook = register(proc, receiver);
            UUID caseId = UUID.randomUUID();
            String eventId = CloudEventsTestRecords.newId();
            for (int i = 0; i < 3; i++) {
                send(bootstrap, REFERRAL_TOPIC, eventId, "org.ipcollab.referral.submitted.v1", referral(d, caseId));
            }
            // A later event of the same case (same key, same partition) shows the three were consumed before it.
            send(bootstrap, REFERRAL_TOPIC, "org.ipcollab.referral.accepted.v1",
                    otherServiceEvent(caseId, d, "ACCEPTED", "公安机关已受理", "Accepted by the police"));
            await().atMost(BOUND).until(() -> receiver.accepted().size() == 2);
            assertEquals(1, receiver.requests.stream().filter(r -> r.eventId().equals(eventId)).count());
            assertEquals(2, deliveries(proc, webhook).getList("id").size());
            given().auth().oauth2(tokenOf(proc)).get("/inboxes/" + proc + "/items?caseId=" + caseId)
                    .then().statusCode(200).body("total", equalTo(2));
        }
    }

    @Test
    @DisplayName("registering a webhook: only the department or its district admin; a bad URL or short secret is 422")
    void registrationRules() {
        String d = aFreshDistrict();
        String body = "{\"departmentId\":\"%s\",\"url\":\"%s\",\"secret\":\"%s\"}";
        given().auth().oauth2(tokenOf(d + "-psb")).contentType(ContentType.JSON)
                .body(body.formatted(d + "-proc", "http://127.0.0.1:1/x", SECRET)).post("/webhooks")
                .then().statusCode(403);
        given().auth().oauth2(tokenOf(d + "-proc")).contentType(ContentType.JSON)
                .body(body.formatted(d + "-proc", "ftp://x", "short")).post("/webhooks")
                .then().statusCode(422).body("violations.field", org.hamcrest.Matchers.hasItems("url", "secret"));
        given().auth().oauth2(tokenOf(d + "-proc")).get("/webhooks?departmentId=" + d + "-proc")
                .then().statusCode(200).body("$", hasSize(0));
        String generated = given().auth().oauth2(tokenOf(d + "-proc")).contentType(ContentType.JSON)
                .body("{\"departmentId\":\"%s\",\"url\":\"https://partner.example/hook\"}".formatted(d + "-proc"))
                .post("/webhooks").then().statusCode(201).extract().path("secret");
        assertEquals(64, generated.length());
        given().auth().oauth2(tokenOf(d + "-proc")).get("/webhooks?departmentId=" + d + "-proc")
                .then().body("$", hasSize(1)).body("[0].secret", org.hamcrest.Matchers.nullValue());
    }
}
