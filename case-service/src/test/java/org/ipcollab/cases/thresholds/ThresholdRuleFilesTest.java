package org.ipcollab.cases.thresholds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ipcollab.cases.thresholds.domain.Condition;
import org.ipcollab.cases.thresholds.domain.ThresholdRow;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSet;
import org.ipcollab.cases.thresholds.domain.ThresholdRuleSets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThresholdRuleFilesTest {
    private static final ThresholdRuleSets RULES = ThresholdRuleFiles.loadBundled();

    private static ThresholdRuleSet set(String id) {
        return RULES.byId(id).orElseThrow();
    }

    @Test
    @DisplayName("the 2004 set is in force 2004-12-22 to 2025-04-25 and the 2025 set from 2025-04-26")
    void bundledSetsAndDates() {
        assertEquals(List.of("cn-2004", "cn-2025"), RULES.all().stream().map(ThresholdRuleSet::id).toList());
        assertEquals(LocalDate.of(2004, 12, 22), set("cn-2004").effectiveFrom());
        assertEquals(LocalDate.of(2025, 4, 25), set("cn-2004").effectiveTo());
        assertEquals(LocalDate.of(2025, 4, 26), set("cn-2025").effectiveFrom());
        assertNull(set("cn-2025").effectiveTo());
        assertEquals("法释〔2004〕19号", set("cn-2004").source());
        assertEquals("法释〔2025〕5号", set("cn-2025").source());
    }

    @Test
    @DisplayName("every article 213–219 has rows in both sets, each citing its instrument")
    void everyArticleCovered() {
        for (ThresholdRuleSet s : RULES.all()) {
            Set<Integer> articles = new TreeSet<>();
            s.rows().forEach(r -> articles.add(r.article()));
            assertEquals(Set.of(213, 214, 215, 216, 217, 218, 219), articles, s.id());
        }
        for (ThresholdRow row : set("cn-2004").rows()) {
            assertTrue(row.source().startsWith("法释〔2004〕19号") || row.source().startsWith("法释〔2007〕6号")
                    || row.source().startsWith("法释〔2020〕10号"), row.id() + ": " + row.source());
        }
        for (ThresholdRow row : set("cn-2025").rows()) {
            assertTrue(row.source().startsWith("法释〔2025〕5号"), row.id() + ": " + row.source());
        }
    }

    @Test
    @DisplayName("the 2007 copies row starts 2007-04-05 and the 2020 trade-secret row 2020-09-14")
    void amendmentDates() {
        ThresholdRow copies = row("cn-2004", "217-copies-2007");
        ThresholdRow secrets = row("cn-2004", "219-2020");

        assertEquals(LocalDate.of(2007, 4, 5), copies.effectiveFrom());
        assertEquals("法释〔2007〕6号 第一条", copies.source());
        assertEquals(LocalDate.of(2007, 4, 4), row("cn-2004", "217-copies-2004").effectiveTo());
        assertEquals(LocalDate.of(2020, 9, 14), secrets.effectiveFrom());
        assertTrue(secrets.source().startsWith("法释〔2020〕10号"));
        assertEquals(LocalDate.of(2020, 9, 13), row("cn-2004", "219-loss-2004").effectiveTo());
    }

    @Test
    @DisplayName("in the 2025 set only art 218 gains is confirmed; every unconfirmed row says an administrator must verify it")
    void confirmationIn2025() {
        assertEquals(List.of("218-gains"),
                set("cn-2025").rows().stream().filter(ThresholdRow::confirmed).map(ThresholdRow::id).toList());
        for (ThresholdRuleSet s : RULES.all()) {
            for (ThresholdRow row : s.rows()) {
                if (!row.confirmed()) {
                    assertTrue(row.note().contains("unconfirmed — administrator must verify"), s.id() + "/" + row.id());
                }
            }
        }
    }

    @Test
    @DisplayName("the 2025 repeat-offender lowering for art 213 applies for two marks or a penalty in the previous 2 years")
    void repeatOffenderFlag2025() {
        ThresholdRow row = row("cn-2025", "213-goods-two-marks-or-repeat");

        assertEquals(List.of(new Condition(Condition.Kind.REGISTERED_MARKS_AT_LEAST, 2),
                new Condition(Condition.Kind.PENALISED_WITHIN_YEARS, 2)), row.appliesIfAnyOf());
        assertFalse(row.confirmed());
    }

    @Test
    @DisplayName("2025 rows whose lower figure DOMAIN.md does not give carry a pending figure, not the 2004 one")
    void pendingFigures2025() {
        assertTrue(row("cn-2025", "215-basic").hasPendingFigure());
        assertTrue(row("cn-2025", "216-basic").hasPendingFigure());
        assertTrue(row("cn-2025", "218-other-triggers").hasPendingFigure());
        assertFalse(row("cn-2025", "214-basic").hasPendingFigure(), "214: nothing in DOMAIN.md, carried over");
    }

    private static ThresholdRow row(String set, String id) {
        return set(set).rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static final String VALID = """
            { "id": "t", "titleZh": "测试", "titleEn": "test", "source": "src",
              "effectiveFrom": "2030-01-01", "effectiveTo": null,
              "rows": [ { "id": "r", "article": 218, "crimeNameZh": "销售侵权复制品罪", "crimeNameEn": "Selling",
                "appliesIfAnyOf": [], "triggers": [ %s ], "attemptTriggers": [], "source": "s", "confirmed": %s,
                "note": "unconfirmed — administrator must verify" } ] }
            """;

    private static IllegalArgumentException refused(String trigger, boolean confirmed) {
        return assertThrows(IllegalArgumentException.class,
                () -> ThresholdRuleFiles.parse(VALID.formatted(trigger, confirmed), "test.json"));
    }

    @Test
    @DisplayName("a hand-edited file is read with row dates defaulting to the set's, and a null figure as pending")
    void parsesValidFile() {
        ThresholdRuleSet s = ThresholdRuleFiles.parse(
                VALID.formatted("{ \"metric\": \"COPIES\", \"count\": null }", false), "test.json");

        assertEquals(LocalDate.of(2030, 1, 1), s.rows().get(0).effectiveFrom());
        assertNull(s.rows().get(0).effectiveTo());
        assertTrue(s.rows().get(0).triggers().get(0).isPending());
    }

    @Test
    @DisplayName("mistakes an administrator could make are refused with the file and the JSON path")
    void refusesMistakes() {
        IllegalArgumentException unknown = refused("{ \"metric\": \"ILLEGAL_GAINS\", \"amountYuan\": 50000 }", true);
        assertTrue(unknown.getMessage().startsWith("test.json: $.rows[0].triggers[0]: unknown field \"amountYuan\""),
                unknown.getMessage());

        IllegalArgumentException countForMoney = refused("{ \"metric\": \"ILLEGAL_GAINS\", \"count\": 50000 }", true);
        assertTrue(countForMoney.getMessage().contains("ILLEGAL_GAINS is money"), countForMoney.getMessage());

        IllegalArgumentException missing = refused("{ \"metric\": \"COPIES\" }", true);
        assertTrue(missing.getMessage().contains("needs \"count\""), missing.getMessage());

        IllegalArgumentException decimal = refused("{ \"metric\": \"ILLEGAL_GAINS\", \"amountFen\": 500.5 }", true);
        assertTrue(decimal.getMessage().contains("whole number"), decimal.getMessage());

        IllegalArgumentException metric = refused("{ \"metric\": \"PROFIT\", \"amountFen\": 1 }", true);
        assertTrue(metric.getMessage().contains("PROFIT"), metric.getMessage());

        IllegalArgumentException confirmedPending = refused("{ \"metric\": \"COPIES\", \"count\": null }", true);
        assertTrue(confirmedPending.getMessage().contains("confirmed row cannot have a pending figure"),
                confirmedPending.getMessage());

        assertThrows(IllegalArgumentException.class, () -> ThresholdRuleFiles.parse("{ not json", "broken.json"));
    }
}
