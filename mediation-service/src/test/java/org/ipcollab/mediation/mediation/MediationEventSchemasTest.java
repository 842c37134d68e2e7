package org.ipcollab.mediation.mediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Set;

import org.ipcollab.mediation.mediation.domain.MediationFact;
import org.ipcollab.mediation.mediation.domain.MediationStatus;
import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class MediationEventSchemasTest {
    @Test
    @DisplayName("every mediation fact has a schema with $id, title, description and valid examples carrying the common fields")
    void everyFactHasAValidSchema() {
        for (MediationFact fact : MediationFact.values()) {
            JsonNode schema = EventSchemas.schema(fact.type());
            String shortType = fact.type().replace("org.ipcollab.", "");
            assertEquals("https://ipcollab.org/schemas/events/" + shortType + ".json", schema.get("$id").asText());
            assertTrue(schema.get("title").asText().contains(fact.type()));
            assertFalse(schema.get("description").asText().isBlank());
            for (String field : new String[] {"caseId", "mediationId", "district", "status", "statusZh", "statusEn"}) {
                assertTrue(schema.get("properties").has(field), fact + " " + field);
            }
            assertFalse(EventSchemas.examples(fact.type()).isEmpty(), fact.type());
            for (JsonNode example : EventSchemas.examples(fact.type())) {
                assertEquals(Set.of(), EventSchemas.violations(fact.type(), example), fact.type());
                MediationStatus status = MediationStatus.valueOf(example.get("status").asText());
                assertEquals(status.labelZh(), example.get("statusZh").asText(), fact.type());
                assertEquals(status.labelEn(), example.get("statusEn").asText(), fact.type());
            }
        }
    }

    @Test
    @DisplayName("every mediation fact is a message of the mediationEvents channel and of the publish operation, and in the events README")
    void everyFactInAsyncApi() throws Exception {
        String asyncapi = Files.readString(RepoPaths.root().resolve("docs/asyncapi.yaml"));
        String readme = Files.readString(RepoPaths.root().resolve("docs/events/README.md"));
        for (MediationFact fact : MediationFact.values()) {
            String shortType = fact.type().replace("org.ipcollab.", "");
            assertTrue(asyncapi.contains("`" + fact.type() + "`"), fact.type());
            assertTrue(asyncapi.contains("$ref: './events/" + shortType + ".schema.json'"), fact.type());
            assertTrue(readme.contains("| `" + fact.type() + "`"), fact.type());
        }
        assertEquals(MediationFact.values().length,
                asyncapi.split("\\$ref: '#/channels/mediationEvents/messages/", -1).length - 1,
                "each message in the publish operation once");
    }
}
