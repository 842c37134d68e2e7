package org.ipcollab.referral.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The documented contract of referral-service's events is complete and self-consistent. */
class ReferralEventSchemasTest {
    static Set<String> schemaTypes() throws IOException {
        try (Stream<Path> files = Files.list(RepoPaths.root().resolve("docs/events"))) {
            Set<String> types = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("referral."))
                    .forEach(n -> types.add("org.ipcollab." + n.replace(".schema.json", "")));
            return types;
        }
    }

    @Test
    @DisplayName("every schema's examples are valid and carry caseId, referralId, district and the status in three forms")
    void examplesConform() throws IOException {
        Set<String> types = schemaTypes();
        assertTrue(types.size() >= 26, "schemas: " + types);
        for (String type : types) {
            JsonNode schema = EventSchemas.schema(type);
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
            assertEquals("https://ipcollab.org/schemas/events/" + type.substring("org.ipcollab.".length()) + ".json",
                    schema.get("$id").asText());
            for (JsonNode example : EventSchemas.examples(type)) {
                assertEquals(Set.of(), EventSchemas.violations(type, example), type);
            }
            for (String field : List.of("caseId", "referralId", "district", "status", "statusZh", "statusEn")) {
                assertTrue(schema.get("required").toString().contains("\"" + field + "\""), type + " requires " + field);
            }
        }
    }

    @Test
    @DisplayName("the AsyncAPI document and the events README list every referral event")
    void listedEverywhere() throws IOException {
        String asyncapi = Files.readString(RepoPaths.root().resolve("docs/asyncapi.yaml"));
        String readme = Files.readString(RepoPaths.root().resolve("docs/events/README.md"));
        for (String type : schemaTypes()) {
            String shortType = type.substring("org.ipcollab.".length());
            assertTrue(asyncapi.contains("./events/" + shortType + ".schema.json"), type + " in asyncapi.yaml");
            assertTrue(readme.contains("`" + type + "`"), type + " in docs/events/README.md");
        }
    }
}
