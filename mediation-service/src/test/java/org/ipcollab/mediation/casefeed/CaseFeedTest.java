package org.ipcollab.mediation.casefeed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.CloudEventsTestRecords;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class CaseFeedTest {
    static final String CASE_FILED = "org.ipcollab.case.filed.v2";
    static final String CASE_FILED_V1 = "org.ipcollab.case.filed.v1";
    static final String CASE_TOPIC = "ipcollab.case.v1";
    static final String DLT = "ipcollab.mediation.dlt.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A schema example as another case would publish it: fresh case id, the given district. */
    static ObjectNode aFiledCase(int example, String district) {
        ObjectNode data = ((ObjectNode) EventSchemas.examples(CASE_FILED).get(example)).deepCopy();
        data.put("caseId", UUID.randomUUID().toString());
        data.put("district", district);
        return data;
    }

    static String police(String district) {
        return Tokens.token("police", district + "-psb", district);
    }

    void awaitEventsApplied(String caseId, String district, int expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().auth().oauth2(police(district)).get("/case-projections/" + caseId)
                        .then().statusCode(200).body("eventsApplied", equalTo(expected)));
    }

    @Test
    @DisplayName("every documented example of case.filed.v2, organisation or natural person, becomes a case projection")
    void consumesSchemaExamples() {
        List<JsonNode> examples = EventSchemas.examples(CASE_FILED);
        assertEquals(Set.of("ORGANISATION", "PERSON"),
                Set.copyOf(examples.stream().map(e -> e.at("/infringer/kind").asText()).toList()));
        for (int i = 0; i < examples.size(); i++) {
            ObjectNode data = aFiledCase(i, "500155");
            String caseId = data.get("caseId").asText();
            CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, caseId, data);
            awaitEventsApplied(caseId, "500155", 1);
            given().auth().oauth2(police("500155")).get("/case-projections/" + caseId)
                    .then().body("title", equalTo(data.get("title").asText()))
                    .body("ipKind", equalTo(data.get("ipKind").asText()))
                    .body("status", equalTo("FILED"));
        }
    }

    @Test
    @DisplayName("case.filed.v1 is ignored, before and after the v2 of the same filing: no projection change, no dead letter")
    void ignoresDeprecatedV1() {
        ObjectNode v2 = aFiledCase(0, "500155");
        String caseId = v2.get("caseId").asText();
        ObjectNode v1 = ((ObjectNode) EventSchemas.examples(CASE_FILED_V1).get(0)).deepCopy();
        v1.put("caseId", caseId);
        v1.put("district", "500155");
        // One key, one partition: consumed in this order.
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(),
                CASE_FILED_V1, caseId, v1);
        String v2Id = CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED,
                caseId, v2);
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(),
                CASE_FILED_V1, caseId, v1);
        KafkaTestClient.send(bootstrap, CASE_TOPIC, caseId, Map.of(), "marker: not a CloudEvent".getBytes(StandardCharsets.UTF_8));

        // The marker is dead-lettered after the records before it were handled; a dead-lettered v1 would come first.
        ConsumerRecord<String, byte[]> firstLetter = KafkaTestClient.awaitRecord(bootstrap, DLT,
                r -> caseId.equals(r.key()), Duration.ofSeconds(20));
        assertEquals(null, KafkaTestClient.header(firstLetter, "ce_type"), "the first dead letter of the case is the marker");
        assertEquals("marker: not a CloudEvent", new String(firstLetter.value(), StandardCharsets.UTF_8));
        given().auth().oauth2(police("500155")).get("/case-projections/" + caseId)
                .then().statusCode(200).body("eventsApplied", equalTo(1)).body("lastEventId", equalTo(v2Id));
    }

    @Test
    @DisplayName("unknown event types are skipped and unknown fields tolerated (optional fields keep v2)")
    void toleratesUnknownTypesAndFields() {
        ObjectNode data = aFiledCase(0, "500155");
        String caseId = data.get("caseId").asText();
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(),
                "org.ipcollab.case.something-new.v1", caseId, data);
        data.put("aFieldAddedLater", "ignored by this consumer");
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, caseId, data);
        awaitEventsApplied(caseId, "500155", 1);
    }

    @Test
    @DisplayName("the same event delivered twice is applied once; a new event about the case is applied")
    void redeliveryChangesNothing() {
        ObjectNode data = aFiledCase(0, "500155");
        String caseId = data.get("caseId").asText();
        String eventId = CloudEventsTestRecords.newId();
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, eventId, CASE_FILED, caseId, data);
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, eventId, CASE_FILED, caseId, data);
        // A third, distinct event on the same key (same partition) is applied only after both copies were handled.
        String marker = CloudEventsTestRecords.newId();
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, marker, CASE_FILED, caseId, data);
        awaitEventsApplied(caseId, "500155", 2);
        given().auth().oauth2(police("500155")).get("/case-projections/" + caseId)
                .then().body("lastEventId", equalTo(marker));
    }

    @Test
    @DisplayName("a record that is not a CloudEvent, or lacks required data, goes to the dead-letter topic; consumption goes on")
    void poisonRecordsAreDeadLettered() {
        String garbageKey = UUID.randomUUID().toString();
        KafkaTestClient.send(bootstrap, CASE_TOPIC, garbageKey, Map.of(), "not json, no headers".getBytes(StandardCharsets.UTF_8));
        String incompleteKey = UUID.randomUUID().toString();
        ObjectNode incomplete = aFiledCase(0, "500155");
        incomplete.put("caseId", incompleteKey);
        incomplete.remove("district");
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, incompleteKey, incomplete);
        ObjectNode good = aFiledCase(1, "500155");
        String goodId = good.get("caseId").asText();
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, goodId, good);

        awaitEventsApplied(goodId, "500155", 1);
        List<ConsumerRecord<String, byte[]>> letters = KafkaTestClient.awaitRecords(bootstrap, DLT,
                r -> garbageKey.equals(r.key()) || incompleteKey.equals(r.key()), 2, Duration.ofSeconds(20));
        for (ConsumerRecord<String, byte[]> letter : letters) {
            assertNotNull(KafkaTestClient.header(letter, "ipcollab.dlt.reason"));
            assertEquals(CASE_TOPIC, KafkaTestClient.header(letter, "ipcollab.dlt.topic"));
            assertEquals("mediation-service", KafkaTestClient.header(letter, "ipcollab.dlt.consumer"));
        }
        given().auth().oauth2(police("500155")).get("/case-projections/" + incompleteKey).then().statusCode(404);
    }

    @Test
    @DisplayName("no token → 401; another district → 404; both problem+json")
    void access() {
        ObjectNode data = aFiledCase(0, "500155");
        String caseId = data.get("caseId").asText();
        CloudEventsTestRecords.send(bootstrap, CASE_TOPIC, CloudEventsTestRecords.newId(), CASE_FILED, caseId, data);
        awaitEventsApplied(caseId, "500155", 1);
        given().get("/case-projections/" + caseId).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(police("511703")).get("/case-projections/" + caseId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(police("500155")).get("/case-projections/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
