package org.ipcollab.notification.messaging;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/** A CloudEvent read from Kafka, with its JSON data parsed. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data,
        String topic) {

    /** A required text field of the data, or {@link UnprocessableEventException}. */
    public String text(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new UnprocessableEventException("event " + id + " of type " + type + " lacks text field '" + field + "'");
        }
        return node.asText();
    }
}
