package org.ipcollab.cases.partnerfeed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ipcollab.testsupport.KafkaTestClient.header;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.cases.SearchFixtures;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.KafkaTestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Referral and mediation events, sent to the real broker as a foreign producer would, become the partner status on the
 * case view. Each test uses cases it files itself, so an event is applied only where that case exists. Events of one
 * case share the key (the case id), hence a partition and an order, which the tests use instead of waiting.
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class PartnerStatusTest {
    static final String REFERRAL_TOPIC = "ipcollab.referral.v1";
    static final String MEDIATION_TOPIC = "ipcollab.mediation.v1";
    /** Above the consumer session timeout (45 s): after a group member dies, its partitions wait that long. */
    static final Duration BOUND = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();
    static final SearchFixtures F = new SearchFixtures("500162");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    ObjectNode data(String caseId, Instant occurredAt) {
        ObjectNode data = JSON.createObjectNode().put("caseId", caseId).put("district", F.district());
        if (occurredAt != null) {
            data.put("occurredAt", occurredAt.toString());
        }
        return data;
    }

    String send(String topic, String type, String caseId, ObjectNode data) {
        return send(topic, CloudEventsTestRecords.newId(), type, caseId, data);
    }

    String send(String topic, String eventId, String type, String caseId, ObjectNode data) {
        return CloudEventsTestRecords.send(bootstrap, topic, eventId, type, caseId, data);
    }

    String referralStatus(String caseId) {
        return given().auth().oauth2(F.regulator()).when().get("/cases/" + caseId).then().statusCode(200).extract()
                .path("partners.referral.status");
    }

    void awaitReferralStatus(String caseId, String status) {
        Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(referralStatus(caseId)));
    }

    boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = :id and consumer = 'case-service'")
                .setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }

    @Test
    @DisplayName("a referral event shows on the case view: the type's fact as status, then the data's status and labels")
    void referralStatusShows() {
        String caseId = F.file("TRADEMARK", "移送进展可见", F.newCreditCode());
        Instant t1 = Instant.parse("2026-11-20T02:00:00Z");
        String sent = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId, data(caseId, t1));
        awaitReferralStatus(caseId, "sent");
        given().auth().oauth2(F.regulator()).when().get("/cases/" + caseId).then().statusCode(200)
                .body("partners.referral.source", equalTo("REFERRAL"))
                .body("partners.referral.sourceZh", equalTo("移送"))
                .body("partners.referral.eventType", equalTo("org.ipcollab.referral.sent.v1"))
                .body("partners.referral.eventId", equalTo(sent))
                .body("partners.referral.occurredAt", equalTo("2026-11-20T02:00:00Z"))
                .body("partners.referral.statusZh", nullValue())
                .body("partners.mediation", nullValue());

        ObjectNode accepted = data(caseId, t1.plusSeconds(3600)).put("status", "ACCEPTED")
                .put("statusZh", "公安机关已受理").put("statusEn", "Accepted by the police");
        send(REFERRAL_TOPIC, "org.ipcollab.referral.accepted.v1", caseId, accepted);
        awaitReferralStatus(caseId, "ACCEPTED");
        given().auth().oauth2(F.regulator()).when().get("/cases/" + caseId).then().statusCode(200)
                .body("partners.referral.statusZh", equalTo("公安机关已受理"))
                .body("partners.referral.statusEn", equalTo("Accepted by the police"));
    }

    @Test
    @DisplayName("an event that occurred before the recorded status does not overwrite it")
    void olderDoesNotOverwrite() {
        String caseId = F.file("TRADEMARK", "乱序到达的移送事件", F.newCreditCode());
        Instant t = Instant.parse("2026-11-21T02:00:00Z");
        send(REFERRAL_TOPIC, "org.ipcollab.referral.accepted.v1", caseId, data(caseId, t));
        awaitReferralStatus(caseId, "accepted");
        String older = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId, data(caseId, t.minusSeconds(60)));
        Awaitility.await().atMost(BOUND).until(() -> processed(older));
        assertEquals("accepted", referralStatus(caseId));
        // the CloudEvents time orders an event without data.occurredAt: now is later than t
        send(REFERRAL_TOPIC, "org.ipcollab.referral.case-opened.v1", caseId, data(caseId, null));
        awaitReferralStatus(caseId, "case-opened");
    }

    @Test
    @DisplayName("a redelivered event is applied once, even when its content would now win")
    void redeliveryAppliedOnce() {
        String caseId = F.file("TRADEMARK", "重复投递的移送事件", F.newCreditCode());
        Instant t = Instant.parse("2026-11-22T02:00:00Z");
        String first = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId, data(caseId, t));
        awaitReferralStatus(caseId, "sent");
        // the same ce_id again, now claiming a later time: the inbox must drop it ...
        send(REFERRAL_TOPIC, first, "org.ipcollab.referral.sent.v1", caseId,
                data(caseId, t.plusSeconds(7200)).put("status", "DUPLICATE-APPLIED"));
        // ... so this one (later than t, earlier than the duplicate's claim) becomes the status
        send(REFERRAL_TOPIC, "org.ipcollab.referral.accepted.v1", caseId,
                data(caseId, t.plusSeconds(3600)).put("status", "AFTER"));
        awaitReferralStatus(caseId, "AFTER");
    }

    @Test
    @DisplayName("mediation events set the mediation status beside the referral status")
    void mediationStatus() {
        String caseId = F.file("COPYRIGHT", "诉前调解中的案件", F.newCreditCode());
        send(MEDIATION_TOPIC, "org.ipcollab.mediation.session-scheduled.v1", caseId,
                data(caseId, Instant.parse("2026-11-22T03:00:00Z")).put("statusZh", "已安排调解"));
        Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(200))
                .until(() -> "session-scheduled".equals(given().auth().oauth2(F.regulator()).when()
                        .get("/cases/" + caseId).then().statusCode(200).extract().path("partners.mediation.status")));
        given().auth().oauth2(F.regulator()).when().get("/cases/" + caseId).then().statusCode(200)
                .body("partners.mediation.source", equalTo("MEDIATION"))
                .body("partners.mediation.statusZh", equalTo("已安排调解"))
                .body("partners.referral", nullValue());
    }

    @Test
    @DisplayName("events without a case id or of an unknown case are ignored; a malformed case id is dead-lettered")
    void inapplicableAndMalformed() {
        String caseId = F.file("TRADEMARK", "无关事件不改变进展", F.newCreditCode());
        String unknownCase = UUID.randomUUID().toString();
        String noCaseId = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId,
                JSON.createObjectNode().put("district", F.district()).put("status", "NO-CASE"));
        String ofUnknown = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", unknownCase,
                data(unknownCase, Instant.now()));
        Awaitility.await().atMost(BOUND).until(() -> processed(noCaseId) && processed(ofUnknown));
        assertEquals(null, referralStatus(caseId));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from case_partner_status where case_id = cast(:id as uuid)")
                .setParameter("id", unknownCase).getSingleResult()).longValue()));

        String malformed = send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId,
                JSON.createObjectNode().put("caseId", "not-a-uuid"));
        var dead = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.case.dlt.v1",
                r -> malformed.equals(header(r, "ce_id")), BOUND);
        assertEquals(REFERRAL_TOPIC, header(dead, "ipcollab.dlt.topic"));
        // the consumer goes on after the dead letter
        send(REFERRAL_TOPIC, "org.ipcollab.referral.sent.v1", caseId, data(caseId, Instant.now()));
        awaitReferralStatus(caseId, "sent");
    }
}
