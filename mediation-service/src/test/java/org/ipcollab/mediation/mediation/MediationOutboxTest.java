package org.ipcollab.mediation.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ipcollab.mediation.MediationServiceTestProfile;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.KafkaTestClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(MediationServiceTestProfile.class)
class MediationOutboxTest extends MediationFixtures {
    static final String TYPE = "org.ipcollab.mediation.requested.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    @DisplayName("a court's request reaches ipcollab.mediation.v1 as a CloudEvent keyed by the mediation id, valid against its schema")
    void requestPublished() throws Exception {
        registry();
        String id = courtEntrusts("PRE_FILING");
        ConsumerRecord<String, byte[]> record = KafkaTestClient.awaitRecord(bootstrap, "ipcollab.mediation.v1",
                r -> id.equals(r.key()) && TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
        assertEquals(id, KafkaTestClient.header(record, "ce_subject"));
        assertEquals("/ipcollab/mediation-service/" + DISTRICT, KafkaTestClient.header(record, "ce_source"));
        assertEquals("https://ipcollab.org/schemas/events/mediation.requested.v1.json",
                KafkaTestClient.header(record, "ce_dataschema"));
        JsonNode data = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertEquals(Set.of(), EventSchemas.violations(TYPE, data));
        assertEquals("REQUESTED", data.get("status").asText());
        assertEquals("PRE_FILING", data.get("mediationKind").asText());
    }
}
