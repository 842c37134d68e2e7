package org.ipcollab.cases.timeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The canonical JSON text of a state, as {@link org.ipcollab.cases.timeline.domain.HashChain} hashes it: object keys
 * sorted (at every depth), no whitespace, numbers as plain decimals without trailing zeros ({@code 1.50} → {@code 1.5},
 * {@code 1.5E10} → {@code 15000000000}), strings as Jackson writes them. PostgreSQL's {@code jsonb} reorders keys and
 * rewrites numbers, so text read back from the database is canonicalised again before it is hashed; the result is
 * the same text.
 */
@ApplicationScoped
public class CanonicalJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final ObjectMapper mapper;

    @Inject
    public CanonicalJson(ObjectMapper application) {
        this.mapper = application.copy()
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.INDENT_OUTPUT, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
                .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
                .setNodeFactory(NODES);
    }

    /** A value (record, map, list) as canonical JSON text; null stays null. */
    public String of(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = value instanceof JsonNode node ? node : mapper.valueToTree(value);
        return write(canonical(tree));
    }

    /** JSON text (e.g. a {@code jsonb} column read as text) as canonical JSON text; null stays null. */
    public String ofText(String json) {
        if (json == null) {
            return null;
        }
        try {
            return write(canonical(mapper.readTree(json)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** Canonical text as a tree, for responses. */
    public JsonNode tree(String canonicalJson) {
        if (canonicalJson == null) {
            return null;
        }
        try {
            return mapper.readTree(canonicalJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + canonicalJson, e);
        }
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write canonical JSON", e);
        }
    }

    /** A copy with object keys sorted and numbers normalised (ObjectNode keeps insertion order when written). */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode sorted = NODES.objectNode();
            for (String name : names) {
                sorted.set(name, canonical(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                array.add(canonical(it.next()));
            }
            return array;
        }
        if (node.isNumber()) {
            BigDecimal n = node.decimalValue().stripTrailingZeros();
            return n.scale() <= 0 ? NODES.numberNode(n.toBigIntegerExact()) : NODES.numberNode(n);
        }
        return node;
    }
}
