package org.ipcollab.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contract as documented: docs/events/&lt;type&gt;.schema.json, where &lt;type&gt; is the CloudEvents type
 * without its {@code org.ipcollab.} prefix. Producer tests validate what they publish; consumer tests feed the examples.
 */
public final class EventSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "org.ipcollab.";

    private EventSchemas() {
    }

    public static Path schemaFile(String cloudEventType) {
        if (!cloudEventType.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not an IPCollab event type: " + cloudEventType);
        }
        return RepoPaths.root().resolve("docs/events/" + cloudEventType.substring(PREFIX.length()) + ".schema.json");
    }

    public static JsonNode schema(String cloudEventType) {
        try {
            return JSON.readTree(Files.readString(schemaFile(cloudEventType)));
        } catch (IOException e) {
            throw new UncheckedIOException("no schema for " + cloudEventType, e);
        }
    }

    /** The schema's violations by {@code data}; empty when it conforms. */
    public static Set<String> violations(String cloudEventType, JsonNode data) {
        // In draft 2020-12 "format" only annotates unless assertions are switched on: check uuid and date-time too.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema(cloudEventType), config);
        Set<ValidationMessage> messages = schema.validate(data);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The examples the schema documents, each a complete valid payload. */
    public static List<JsonNode> examples(String cloudEventType) {
        List<JsonNode> out = new ArrayList<>();
        schema(cloudEventType).path("examples").forEach(out::add);
        if (out.isEmpty()) {
            throw new IllegalStateException("schema of " + cloudEventType + " documents no examples");
        }
        return out;
    }
}
