package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ipcollab.testsupport.EventSchemas;
import org.ipcollab.testsupport.RepoPaths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every cross-district sharing event is documented: schema (its required fields = the record), AsyncAPI, README. */
class SharingEventSchemasTest {
    @Test
    @DisplayName("each SharingEvent type has a schema requiring exactly the record's fields, valid examples, an AsyncAPI"
            + " message and a row in docs/events/README.md")
    void everyTypeDocumented() throws ReflectiveOperationException, IOException {
        String asyncapi = Files.readString(RepoPaths.root().resolve("docs/asyncapi.yaml"));
        String readme = Files.readString(RepoPaths.root().resolve("docs/events/README.md"));
        Set<String> seen = new TreeSet<>();
        for (Class<?> subclass : SharingEvent.class.getPermittedSubclasses()) {
            String type = (String) subclass.getField("TYPE").get(null);
            assertTrue(seen.add(type), "two event records share " + type);
            Set<String> components = Arrays.stream(subclass.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> required = new TreeSet<>();
            EventSchemas.schema(type).path("required").forEach(r -> required.add(r.asText()));
            assertEquals(components, required, type);
            EventSchemas.examples(type).forEach(x -> assertEquals(Set.of(), EventSchemas.violations(type, x), type));
            assertTrue(asyncapi.contains("`" + type + "`"), "AsyncAPI lacks " + type);
            assertTrue(asyncapi.contains("$ref: '#/components/messages/" + subclass.getSimpleName() + "'"),
                    "AsyncAPI channel lacks " + subclass.getSimpleName());
            assertTrue(readme.contains("| `" + type + "`"), "events README lacks " + type);
        }
        assertEquals(13, seen.size(), seen.toString());
    }
}
