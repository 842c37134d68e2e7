package org.ipcollab.cases.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.ipcollab.cases.thresholds.domain.Condition;
import org.ipcollab.cases.thresholds.domain.Metric;
import org.ipcollab.cases.thresholds.domain.ThresholdRow;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSet;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSets;
import org.ipcollab.cases.thresholds.domain.Trigger;

/**
 * Reads the criminal threshold rule sets from JSON ({@code rules/thresholds/*.json} on the classpath) into the domain
 * types. Strict, because an administrator edits these files by hand: unknown fields, a money figure given as a count (or
 * the reverse), a missing figure key and dates outside the rule set are refused with the file and JSON path. A figure
 * that is present but {@code null} is <em>pending</em> (the law has the trigger, our sources do not give its figure).
 */
public final class ThresholdRuleFiles {
    public static final String DIRECTORY = "rules/thresholds/";
    /** The bundled rule sets, in date order. */
    public static final List<String> BUNDLED = List.of("cn-2004.json", "cn-2025.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SET_FIELDS = Set.of("id", "titleZh", "titleEn", "source", "effectiveFrom",
            "effectiveTo", "notes", "rows");
    private static final Set<String> ROW_FIELDS = Set.of("id", "article", "crimeNameZh", "crimeNameEn",
            "effectiveFrom", "effectiveTo", "appliesIfAnyOf", "triggers", "attemptTriggers", "source", "confirmed",
            "note");
    private static final Set<String> TRIGGER_FIELDS = Set.of("metric", "amountFen", "count", "note");
    private static final Set<String> CONDITION_FIELDS = Set.of("kind", "value");

    private ThresholdRuleFiles() {
    }

    /** The bundled rule sets, checked not to overlap. */
    public static ThresholdRuleSets loadBundled() {
        List<ThresholdRuleSet> sets = new ArrayList<>();
        for (String name : BUNDLED) {
            sets.add(loadResource(DIRECTORY + name));
        }
        return ThresholdRuleSets.of(sets);
    }

    public static ThresholdRuleSet loadResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ThresholdRuleFiles.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("threshold rule file not on the classpath: " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static ThresholdRuleSet read(InputStream in, String name) throws IOException {
        return parse(JSON.readTree(in), name);
    }

    public static ThresholdRuleSet parse(String json, String name) {
        try {
            return parse(JSON.readTree(json), name);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ThresholdRuleSet parse(JsonNode root, String name) {
        try {
            Node set = new Node(root, name + ": $");
            set.onlyFields(SET_FIELDS);
            LocalDate from = set.date("effectiveFrom", true);
            LocalDate to = set.date("effectiveTo", false);
            List<ThresholdRow> rows = new ArrayList<>();
            for (Node row : set.array("rows")) {
                rows.add(row(row, from, to));
            }
            return new ThresholdRuleSet(set.text("id"), set.text("titleZh"), set.text("titleEn"), set.text("source"),
                    from, to, rows);
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(name) ? e
                    : new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static ThresholdRow row(Node row, LocalDate setFrom, LocalDate setTo) {
        row.onlyFields(ROW_FIELDS);
        LocalDate from = row.has("effectiveFrom") ? row.date("effectiveFrom", true) : setFrom;
        LocalDate to = row.has("effectiveTo") ? row.date("effectiveTo", false) : setTo;
        List<Condition> conditions = new ArrayList<>();
        for (Node c : row.array("appliesIfAnyOf")) {
            c.onlyFields(CONDITION_FIELDS);
            conditions.add(new Condition(c.enumValue("kind", Condition.Kind.class), (int) c.integer("value")));
        }
        return new ThresholdRow(row.text("id"), (int) row.integer("article"), row.text("crimeNameZh"),
                row.text("crimeNameEn"), from, to, conditions, triggers(row.array("triggers")),
                triggers(row.array("attemptTriggers")), row.text("source"), row.bool("confirmed"),
                row.optionalText("note"));
    }

    private static List<Trigger> triggers(List<Node> nodes) {
        List<Trigger> triggers = new ArrayList<>();
        for (Node t : nodes) {
            t.onlyFields(TRIGGER_FIELDS);
            Metric metric = t.enumValue("metric", Metric.class);
            String key = metric.isMoney() ? "amountFen" : "count";
            String wrong = metric.isMoney() ? "count" : "amountFen";
            if (t.has(wrong)) {
                throw t.error(metric + " is " + (metric.isMoney() ? "money: give amountFen, not count"
                        : "a count: give count, not amountFen"));
            }
            if (!t.has(key)) {
                throw t.error(metric + " needs \"" + key + "\" (a number, or null while the figure is pending)");
            }
            OptionalLong figure = t.node.get(key).isNull() ? OptionalLong.empty() : OptionalLong.of(t.integer(key));
            triggers.add(new Trigger(metric, figure, t.optionalText("note")));
        }
        return triggers;
    }

    /** A JSON object with its path, for error messages an administrator can act on. */
    private record Node(JsonNode node, String path) {
        Node {
            if (!node.isObject()) {
                throw new IllegalArgumentException(path + ": expected an object");
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(path + ": " + message);
        }

        void onlyFields(Set<String> allowed) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String field = names.next();
                if (!allowed.contains(field)) {
                    throw error("unknown field \"" + field + "\" (allowed: " + allowed.stream().sorted().toList() + ")");
                }
            }
        }

        boolean has(String field) {
            return node.has(field);
        }

        JsonNode required(String field) {
            JsonNode value = node.get(field);
            if (value == null) {
                throw error("missing \"" + field + "\"");
            }
            return value;
        }

        String text(String field) {
            JsonNode value = required(field);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw error("\"" + field + "\" must be a non-empty string");
            }
            return value.asText();
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return "";
            }
            if (!value.isTextual()) {
                throw error("\"" + field + "\" must be a string");
            }
            return value.asText();
        }

        long integer(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw error("\"" + field + "\" must be a whole number (money in fen)");
            }
            return value.asLong();
        }

        boolean bool(String field) {
            JsonNode value = required(field);
            if (!value.isBoolean()) {
                throw error("\"" + field + "\" must be true or false");
            }
            return value.asBoolean();
        }

        LocalDate date(String field, boolean required) {
            JsonNode value = required ? required(field) : node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw error("\"" + field + "\" is required");
                }
                return null;
            }
            try {
                return LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw error("\"" + field + "\" must be a date like 2025-04-26, not " + value);
            }
        }

        <E extends Enum<E>> E enumValue(String field, Class<E> type) {
            String text = text(field);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw error("\"" + field + "\" must be one of " + List.of(type.getEnumConstants()) + ", not " + text);
            }
        }

        List<Node> array(String field) {
            JsonNode value = required(field);
            if (!value.isArray()) {
                throw error("\"" + field + "\" must be an array");
            }
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(new Node(value.get(i), path + "." + field + "[" + i + "]"));
            }
            return items;
        }
    }
}
