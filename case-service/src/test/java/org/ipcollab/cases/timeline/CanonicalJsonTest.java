package org.ipcollab.cases.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class CanonicalJsonTest {
    final CanonicalJson canonical = new CanonicalJson(new ObjectMapper().findAndRegisterModules());

    record Goods(String name, BigDecimal price, int quantity) {
    }

    @Test
    @DisplayName("keys are sorted at every depth and there is no whitespace")
    void sortedKeys() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", "FILED");
        state.put("infringer", new LinkedHashMap<>(Map.of("name", "重庆某某商贸有限公司", "creditCode", "91500155MA60E6XU89")));
        state.put("goods", List.of(new Goods("柚子", new BigDecimal("12.50"), 3)));
        assertEquals("{\"goods\":[{\"name\":\"柚子\",\"price\":12.5,\"quantity\":3}],"
                + "\"infringer\":{\"creditCode\":\"91500155MA60E6XU89\",\"name\":\"重庆某某商贸有限公司\"},"
                + "\"status\":\"FILED\"}", canonical.of(state));
    }

    @Test
    @DisplayName("text as PostgreSQL's jsonb gives it back (keys reordered, spaces, numbers rewritten) canonicalises to the same text")
    void jsonbRoundTrip() {
        String written = canonical.of(Map.of("b", 1.5E10, "a", List.of(new BigDecimal("1.50"), 0.1, 100), "c", 1.0));
        assertEquals("{\"a\":[1.5,0.1,100],\"b\":15000000000,\"c\":1}", written);
        assertEquals(written, canonical.ofText("{\"a\": [1.50, 0.1, 100], \"b\": 15000000000, \"c\": 1.0}"));
        assertEquals(written, canonical.ofText(written));
        assertNull(canonical.of(null));
        assertNull(canonical.ofText(null));
    }
}
