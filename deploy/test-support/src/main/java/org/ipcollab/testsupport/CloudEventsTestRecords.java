package org.ipcollab.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** Writes CloudEvents in Kafka binary mode by hand, as a foreign producer would, so consumer tests do not reuse our codec. */
public final class CloudEventsTestRecords {
    private CloudEventsTestRecords() {
    }

    public static Map<String, String> headers(String id, String type, String source, String subject) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id);
        h.put("ce_type", type);
        h.put("ce_source", source);
        h.put("ce_subject", subject);
        h.put("ce_time", Instant.now().toString());
        h.put("content-type", "application/json");
        return h;
    }

    /** Sends {@code data} as a CloudEvent with the given id; returns the id. */
    public static String send(String bootstrap, String topic, String id, String type, String subject, JsonNode data) {
        KafkaTestClient.send(bootstrap, topic, subject, headers(id, type, "/ipcollab/test/500155", subject),
                data.toString().getBytes(StandardCharsets.UTF_8));
        return id;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
