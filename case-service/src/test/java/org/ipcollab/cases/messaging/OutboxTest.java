package org.ipcollab.cases.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.cases.CaseBodies;
import org.ipcollab.cases.CaseServiceTestProfile;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.ipcollab.testsupport.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class OutboxTest {
    static final String V1 = "org.ipcollab.case.filed.v1";
    static final String V2 = "org.ipcollab.case.filed.v2";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    long rowsFor(String aggregateId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = :id")
                .setParameter("id", aggregateId).getSingleResult()).longValue());
    }

    @Test
    @DisplayName("an event appended in a transaction that rolls back is never written")
    void rollbackWritesNothing() {
        String aggregateId = UUID.randomUUID().toString();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append("case", aggregateId, "org.ipcollab.case.filed.v1", "500155", Map.of("caseId", aggregateId));
            throw new IllegalStateException("the state change failed");
        }));
        assertEquals(0, rowsFor(aggregateId));
    }

    @Test
    @DisplayName("appending outside a transaction is refused")
    void needsTransaction() {
        assertThrows(RuntimeException.class,
                () -> outbox.append("case", "x", "org.ipcollab.case.filed.v1", "500155", Map.of()));
    }

    @Test
    @DisplayName("the relay publishes an organisation case as case.filed v1 and v2, binary-mode CloudEvents keyed by case id that match their schemas")
    void relayPublishesValidCloudEvent() throws Exception {
        String caseId = RestAssured.given().auth().oauth2(Tokens.token("regulator", "500155-amr", "500155"))
                .contentType(ContentType.JSON)
                .body(CaseBodies.minimal("COPYRIGHT", "网店销售盗版图书", "500155", "梁平区某某图书经营部",
                        "92500155L12345678B"))
                .post("/cases").then().statusCode(201).extract().path("id");

        for (String type : List.of(V1, V2)) {
            ConsumerRecord<String, byte[]> record = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.case.v1",
                    r -> caseId.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(30));

            assertEquals("1.0", KafkaTestClient.header(record, "ce_specversion"));
            assertEquals("/ipcollab/case-service/500155", KafkaTestClient.header(record, "ce_source"));
            assertEquals(caseId, KafkaTestClient.header(record, "ce_subject"));
            UUID.fromString(KafkaTestClient.header(record, "ce_id"));
            assertTrue(KafkaTestClient.header(record, "ce_time").endsWith("Z"), "time is UTC");
            assertEquals("https://ipcollab.org/schemas/events/" + type.substring("org.ipcollab.".length()) + ".json",
                    KafkaTestClient.header(record, "ce_dataschema"));
            assertEquals("application/json", KafkaTestClient.header(record, "content-type"));

            JsonNode data = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
            assertEquals(Set.of(), EventSchemas.violations(type, data), type);
            assertEquals(caseId, data.get("caseId").asText());
            assertEquals("92500155L12345678B", data.at("/infringer/creditCode").asText());
        }
        assertEquals(2, publishedRowsFor(caseId), "v1 and v2 published");
    }

    @Test
    @DisplayName("a natural-person case is published as case.filed.v2 only, with the masked ID number, valid against its schema")
    void personCasePublishesOnlyV2() throws Exception {
        String caseId = RestAssured.given().auth().oauth2(Tokens.token("regulator", "500155-amr", "500155"))
                .contentType(ContentType.JSON).body(CaseBodies.aPersonSellingFakes("500155", CaseBodies.PERSON_ID))
                .post("/cases").then().statusCode(201).extract().path("id");

        // One case's records share a partition and keep outbox order, so a v1 of this filing would come before v2.
        List<String> typesUpToV2 = new ArrayList<>();
        ConsumerRecord<String, byte[]> record = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.case.v1", r -> {
            if (!caseId.equals(r.key())) {
                return false;
            }
            typesUpToV2.add(KafkaTestClient.header(r, "ce_type"));
            return V2.equals(KafkaTestClient.header(r, "ce_type"));
        }, Duration.ofSeconds(30));
        assertEquals(List.of(V2), typesUpToV2, "no case.filed.v1 for a person");

        String text = new String(record.value(), StandardCharsets.UTF_8);
        JsonNode data = json.readTree(text);
        assertEquals(Set.of(), EventSchemas.violations(V2, data));
        assertEquals("PERSON", data.at("/infringer/kind").asText());
        assertEquals("张某某", data.at("/infringer/name").asText());
        assertEquals(CaseBodies.PERSON_ID_MASKED, data.at("/infringer/idNumberMasked").asText());
        assertFalse(data.get("infringer").has("creditCode"), "a person has no credit code, not even null");
        assertFalse(text.contains(CaseBodies.PERSON_ID), "the full ID number is never published");
        assertEquals(1, publishedRowsFor(caseId), "one outbox row, the v2");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = :id and type = :type")
                .setParameter("id", caseId).setParameter("type", V2).getSingleResult()).longValue()));
    }

    @Test
    @DisplayName("a v2 payload with the full ID number, or a person with a credit code, is not valid against the schema")
    void schemaRefusesWhatMustNotBePublished() {
        ObjectNode person = (ObjectNode) EventSchemas.examples(V2).get(1).deepCopy();
        assertEquals("PERSON", person.at("/infringer/kind").asText(), "example 1 is a person");
        ((ObjectNode) person.get("infringer")).put("idNumberMasked", CaseBodies.PERSON_ID);
        assertFalse(EventSchemas.violations(V2, person).isEmpty(), "an unmasked number in idNumberMasked");

        person = (ObjectNode) EventSchemas.examples(V2).get(1).deepCopy();
        ((ObjectNode) person.get("infringer")).put("idNumber", CaseBodies.PERSON_ID);
        assertFalse(EventSchemas.violations(V2, person).isEmpty(), "a full idNumber beside the masked one");

        person = (ObjectNode) EventSchemas.examples(V2).get(1).deepCopy();
        ((ObjectNode) person.get("infringer")).put("creditCode", "91500155MA60E6XU89");
        assertFalse(EventSchemas.violations(V2, person).isEmpty(), "a person with a credit code");

        person = (ObjectNode) EventSchemas.examples(V2).get(1).deepCopy();
        ((ObjectNode) person.get("infringer")).remove("idNumberMasked");
        assertFalse(EventSchemas.violations(V2, person).isEmpty(), "a person without the masked number");

        ObjectNode organisation = (ObjectNode) EventSchemas.examples(V2).get(0).deepCopy();
        assertEquals("ORGANISATION", organisation.at("/infringer/kind").asText(), "example 0 is an organisation");
        ((ObjectNode) organisation.get("infringer")).remove("creditCode");
        assertFalse(EventSchemas.violations(V2, organisation).isEmpty(), "an organisation without a credit code");

        organisation = (ObjectNode) EventSchemas.examples(V2).get(0).deepCopy();
        organisation.put("actDate", "2026-02-30");
        assertFalse(EventSchemas.violations(V2, organisation).isEmpty(), "actDate is a real date");
    }

    long publishedRowsFor(String caseId) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id and published_at is null")
                        .setParameter("id", caseId).getSingleResult()).longValue()) == 0);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where aggregate_id = :id and published_at is not null")
                .setParameter("id", caseId).getSingleResult()).longValue());
    }

    @Test
    @DisplayName("every schema example is a valid payload of its own schema")
    void schemaExamplesAreValid() {
        for (String type : List.of(V1, V2)) {
            for (JsonNode example : EventSchemas.examples(type)) {
                assertEquals(Set.of(), EventSchemas.violations(type, example), type + " " + example);
            }
        }
        List<String> kinds = EventSchemas.examples(V2).stream().map(e -> e.at("/infringer/kind").asText()).toList();
        assertTrue(kinds.contains("ORGANISATION") && kinds.contains("PERSON"), "v2 examples show both kinds");
    }
}
