package org.ipcollab.referral.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Strict field access for the rule files: required fields must be there, unknown fields are refused. */
final class JsonFields {
    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    void onlyKnown(JsonNode node, String where, Set<String> known) {
        if (!node.isObject()) {
            throw fail(where, "expected an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(where, "unknown field '" + name + "'");
            }
        }
    }

    JsonNode required(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(where, "'" + field + "' is required");
        }
        return value;
    }

    String text(JsonNode node, String where, String field) {
        JsonNode value = required(node, where, field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw fail(where, "'" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    String optionalText(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw fail(where, "'" + field + "' must be a string");
        }
        return value.asText();
    }

    int integer(JsonNode node, String where, String field) {
        JsonNode value = required(node, where, field);
        if (!value.isInt()) {
            throw fail(where, "'" + field + "' must be an integer");
        }
        return value.asInt();
    }

    Integer optionalInteger(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt()) {
            throw fail(where, "'" + field + "' must be an integer");
        }
        return value.asInt();
    }

    boolean bool(JsonNode node, String where, String field) {
        JsonNode value = required(node, where, field);
        if (!value.isBoolean()) {
            throw fail(where, "'" + field + "' must be true or false");
        }
        return value.asBoolean();
    }

    LocalDate date(JsonNode value, String where) {
        if (value == null || !value.isTextual()) {
            throw fail(where, "expected a date like 2025-01-28");
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw fail(where, "'" + value.asText() + "' is not a date like 2025-01-28");
        }
    }

    LocalDate optionalDate(JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : date(value, where + "." + field);
    }

    JsonNode array(JsonNode node, String where, String field) {
        JsonNode value = required(node, where, field);
        if (!value.isArray()) {
            throw fail(where, "'" + field + "' must be an array");
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String where, String field, Class<E> type) {
        String value = text(node, where, field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw fail(where, "'" + field + "' is " + value + ", not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    RuleFileException fail(String where, String problem) {
        return new RuleFileException(file + ": " + where + ": " + problem);
    }
}
