package org.ipcollab.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The document checks of a load, without Quarkus. */
class LegalRulesTest {
    static String resource(String name) throws IOException {
        try (InputStream in = LegalRulesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("outside CDI (a plain unit test of a use case) the bean serves the bundled rules, as before loading existed")
    void plainInstanceServesBundledRules() {
        LegalRules rules = new LegalRules();
        assertEquals(List.of(2025, 2026), List.copyOf(rules.calendar().years()));
        assertEquals(List.of("cn-2004", "cn-2025"), rules.thresholds().all().stream().map(s -> s.id()).toList());
        assertTrue(rules.timeLimits().ids().contains("case.open-decision"));
        assertEquals(RuleOrigin.Source.BUNDLED, rules.calendarOrigin(2025).orElseThrow().source());
        assertFalse(rules.calendarOrigin(2027).isPresent());
    }

    @Test
    @DisplayName("a bundled file read as a loaded document passes; JSON that Jackson would quietly accept does not")
    void strictJson() throws IOException {
        String calendar = resource("rules/calendars/cn-2026.json");
        assertEquals(2026, LegalRules.readCalendar("calendar 2026", calendar, 2026).year());
        String set = resource("rules/thresholds/cn-2025.json");
        assertEquals("cn-2025", LegalRules.readThresholdSet("threshold rule set cn-2025", set, "cn-2025").id());

        for (String bad : List.of(calendar + "\n{}", calendar.replace("\"year\": 2026,", "\"year\": 2026, \"year\": 2026,"),
                "null", "2026")) {
            assertThrows(RuleDocumentRefusedException.class, () -> LegalRules.readCalendar("calendar 2026", bad, 2026));
        }
        assertThrows(RuleDocumentRefusedException.class,
                () -> LegalRules.readThresholdSet("threshold rule set cn-2025", set + " x", "cn-2025"));
        RuleDocumentRefusedException e = assertThrows(RuleDocumentRefusedException.class,
                () -> LegalRules.readThresholdSet("threshold rule set cn-2025",
                        set.replace("\"effectiveFrom\": \"2025-04-26\",\n  \"effectiveTo\": null,",
                                "\"effectiveTo\": null,"), "cn-2025"));
        assertTrue(e.getMessage().startsWith("threshold rule set cn-2025: $: "), e.getMessage());
    }
}
