package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule-set model refuses data that would make the act date ambiguous or a figure silently wrong. */
class ThresholdRuleSetTest {
    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);
    private static final LocalDate TO = LocalDate.of(2030, 12, 31);

    static ThresholdRow aRow(String id, LocalDate from, LocalDate to) {
        return new ThresholdRow(id, 218, "销售侵权复制品罪", "Selling infringing copies", from, to, List.of(),
                List.of(Trigger.of(Metric.ILLEGAL_GAINS, Money.ofYuan(10_000))), List.of(), "test source", true, "");
    }

    static ThresholdRuleSet aSet(String id, LocalDate from, LocalDate to, ThresholdRow... rows) {
        return new ThresholdRuleSet(id, "测试", "test", "test source", from, to, List.of(rows));
    }

    @Test
    @DisplayName("two rule sets in force on the same day are refused")
    void overlappingSetsRefused() {
        ThresholdRuleSet a = aSet("a", FROM, TO);
        ThresholdRuleSet b = aSet("b", TO, null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdRuleSets.of(a, b));
        assertTrue(e.getMessage().contains("both in force on 2030-12-31"), e.getMessage());
        ThresholdRuleSets.of(a, aSet("c", TO.plusDays(1), null));
    }

    @Test
    @DisplayName("a row dated outside its rule set is refused")
    void rowOutsideSetRefused() {
        assertThrows(IllegalArgumentException.class, () -> aSet("s", FROM, TO, aRow("r", FROM.minusDays(1), TO)));
        assertThrows(IllegalArgumentException.class, () -> aSet("s", FROM, TO, aRow("r", FROM, null)));
    }

    @Test
    @DisplayName("a confirmed row with a pending figure, or an unconfirmed row without a note, is refused")
    void confirmationRules() {
        assertThrows(IllegalArgumentException.class, () -> new ThresholdRow("r", 218, "x", "x", FROM, null, List.of(),
                List.of(Trigger.pending(Metric.COPIES, "")), List.of(), "s", true, ""));
        assertThrows(IllegalArgumentException.class, () -> new ThresholdRow("r", 218, "x", "x", FROM, null, List.of(),
                List.of(Trigger.of(Metric.COPIES, 10)), List.of(), "s", false, " "));
    }

    @Test
    @DisplayName("an article outside 213–219 is refused")
    void articleRange() {
        assertThrows(IllegalArgumentException.class, () -> new ThresholdRow("r", 212, "x", "x", FROM, null, List.of(),
                List.of(Trigger.of(Metric.COPIES, 10)), List.of(), "s", true, ""));
    }

    @Test
    @DisplayName("the interpreter works on any rule set: a row applies only on the days it is in force")
    void rowDatesInsideSet() {
        ThresholdRuleSets sets = ThresholdRuleSets.of(aSet("s", FROM, TO, aRow("early", FROM, LocalDate.of(2030, 6, 30)),
                new ThresholdRow("late", 218, "销售侵权复制品罪", "Selling infringing copies", LocalDate.of(2030, 7, 1), TO,
                        List.of(), List.of(Trigger.of(Metric.ILLEGAL_GAINS, Money.ofYuan(5_000))), List.of(), "later",
                        true, "")));
        ThresholdFacts gains = ThresholdFacts.none().with(Metric.ILLEGAL_GAINS, Money.ofYuan(6_000));

        assertEquals(ThresholdResult.Verdict.NOT_MET,
                ThresholdCheck.evaluate(sets, LocalDate.of(2030, 6, 30), 218, gains).verdict());
        assertEquals("late", ThresholdCheck.evaluate(sets, LocalDate.of(2030, 7, 1), 218, gains).cited().orElseThrow()
                .rowId());
        assertEquals(ThresholdResult.Verdict.NO_RULE_IN_FORCE,
                ThresholdCheck.evaluate(sets, LocalDate.of(2030, 7, 1), 217, gains).verdict());
    }

    @Test
    @DisplayName("a money trigger and a count fact cannot be mixed up")
    void unitsKeptApart() {
        assertThrows(IllegalArgumentException.class, () -> Trigger.of(Metric.COPIES, Money.ofYuan(1)));
        assertThrows(IllegalArgumentException.class, () -> ThresholdFacts.none().withCount(Metric.ILLEGAL_GAINS, 5));
        assertThrows(IllegalArgumentException.class, () -> ThresholdFacts.none().with(Metric.PIECES, Money.ofYuan(5)));
    }
}
