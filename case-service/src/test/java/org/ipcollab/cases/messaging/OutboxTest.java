package org.ipcollab.cases.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class OutboxTest {
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
    @DisplayName("the relay publishes case.filed as a binary-mode CloudEvent keyed by case id that matches its schema")
    void relayPublishesValidCloudEvent() throws Exception {
        String caseId = RestAssured.given().auth().oauth2(Tokens.token("regulator", "500155-amr", "500155"))
                .contentType(ContentType.JSON)
                .body(CaseBodies.minimal("COPYRIGHT", "网店销售盗版图书", "500155", "梁平区某某图书经营部",
                        "92500155L12345678B"))
                .post("/cases").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, byte[]> record = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.case.v1",
                r -> caseId.equals(r.key()), Duration.ofSeconds(30));

        assertEquals("1.0", KafkaTestClient.header(record, "ce_specversion"));
        assertEquals("org.ipcollab.case.filed.v1", KafkaTestClient.header(record, "ce_type"));
        assertEquals("/ipcollab/case-service/500155", KafkaTestClient.header(record, "ce_source"));
        assertEquals(caseId, KafkaTestClient.header(record, "ce_subject"));
        UUID.fromString(KafkaTestClient.header(record, "ce_id"));
        assertTrue(KafkaTestClient.header(record, "ce_time").endsWith("Z"), "time is UTC");
        assertEquals("application/json", KafkaTestClient.header(record, "content-type"));

        JsonNode data = json.readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertEquals(java.util.Set.of(), EventSchemas.violations("org.ipcollab.case.filed.v1", data));
        assertEquals(caseId, data.get("caseId").asText());
        assertEquals("92500155L12345678B", data.at("/infringer/creditCode").asText());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_event where aggregate_id = :id and published_at is not null")
                        .setParameter("id", caseId).getSingleResult()).longValue()) == 1);
    }

    @Test
    @DisplayName("every schema example is a valid payload of its own schema")
    void schemaExamplesAreValid() {
        for (JsonNode example : EventSchemas.examples("org.ipcollab.case.filed.v1")) {
            assertEquals(java.util.Set.of(), EventSchemas.violations("org.ipcollab.case.filed.v1", example));
        }
    }
}
