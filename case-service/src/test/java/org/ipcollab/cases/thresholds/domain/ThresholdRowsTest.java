package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.Citation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every figure in the bundled rule files to DOMAIN.md §3.2 (written out here independently of the files) and
 * checks each one just under, at and just over (one fen, or one copy/piece).
 */
class ThresholdRowsTest {
    private static final ThresholdRuleSets RULES = ThresholdRuleFiles.loadBundled();

    /** The circumstance a row needs, set on the facts. */
    enum Circumstance {
        NONE, TWO_MARKS, TWO_LABEL_KINDS, TWO_PATENTS, PENALISED_LAST_YEAR;

        ThresholdFacts apply(ThresholdFacts facts, LocalDate actDate) {
            return switch (this) {
                case NONE -> facts;
                case TWO_MARKS -> facts.withRegisteredMarks(2);
                case TWO_LABEL_KINDS -> facts.withMarkLabelKinds(2);
                case TWO_PATENTS -> facts.withPatents(2);
                case PENALISED_LAST_YEAR -> facts.withPreviousPenaltyOn(actDate.minusYears(1));
            };
        }
    }

    /** One figure as DOMAIN.md states it: yuan for money, a count otherwise. */
    record Pinned(String ruleSet, String rowId, int article, LocalDate actDate, Circumstance circumstance,
            Metric metric, long figure, boolean attempt, boolean confirmed) {

        long stored() {
            return metric.isMoney() ? Money.ofYuan(figure).fen() : figure;
        }

        ThresholdFacts factsWith(long value) {
            ThresholdFacts facts = metric.isMoney() ? ThresholdFacts.none().with(metric, Money.ofFen(value))
                    : ThresholdFacts.none().withCount(metric, value);
            return circumstance.apply(facts, actDate);
        }

        String key() {
            return ruleSet + "/" + rowId + "/" + metric + (attempt ? "/attempt" : "");
        }

        @Override
        public String toString() {
            return ruleSet + " " + rowId + " (art " + article + ", act " + actDate + ", " + circumstance + "): "
                    + metric.labelEn() + (attempt ? " [attempt]" : "") + " ≥ " + metric.formatEn(stored())
                    + (confirmed ? "" : " [unconfirmed]");
        }
    }

    private static final LocalDate Y2010 = LocalDate.of(2010, 6, 1);
    private static final LocalDate Y2025 = LocalDate.of(2025, 6, 1);

    static List<Pinned> pinned() {
        List<Pinned> p = new ArrayList<>();
        Circumstance none = Circumstance.NONE;
        // cn-2004: 法释〔2004〕19号 with 法释〔2007〕6号 and 法释〔2020〕10号 — DOMAIN.md §3.2 table
        p.add(new Pinned("cn-2004", "213-basic", 213, Y2010, none, Metric.ILLEGAL_BUSINESS_VOLUME, 50_000, false, true));
        p.add(new Pinned("cn-2004", "213-basic", 213, Y2010, none, Metric.ILLEGAL_GAINS, 30_000, false, true));
        p.add(new Pinned("cn-2004", "213-two-marks", 213, Y2010, Circumstance.TWO_MARKS,
                Metric.ILLEGAL_BUSINESS_VOLUME, 30_000, false, true));
        p.add(new Pinned("cn-2004", "213-two-marks", 213, Y2010, Circumstance.TWO_MARKS, Metric.ILLEGAL_GAINS, 20_000,
                false, true));
        p.add(new Pinned("cn-2004", "214-basic", 214, Y2010, none, Metric.SALES_AMOUNT, 50_000, false, true));
        p.add(new Pinned("cn-2004", "214-basic", 214, Y2010, none, Metric.UNSOLD_GOODS_VALUE, 150_000, true, true));
        p.add(new Pinned("cn-2004", "215-basic", 215, Y2010, none, Metric.PIECES, 20_000, false, true));
        p.add(new Pinned("cn-2004", "215-basic", 215, Y2010, none, Metric.ILLEGAL_BUSINESS_VOLUME, 50_000, false, true));
        p.add(new Pinned("cn-2004", "215-basic", 215, Y2010, none, Metric.ILLEGAL_GAINS, 30_000, false, true));
        p.add(new Pinned("cn-2004", "215-two-kinds", 215, Y2010, Circumstance.TWO_LABEL_KINDS, Metric.PIECES, 10_000,
                false, true));
        p.add(new Pinned("cn-2004", "215-two-kinds", 215, Y2010, Circumstance.TWO_LABEL_KINDS,
                Metric.ILLEGAL_BUSINESS_VOLUME, 30_000, false, true));
        p.add(new Pinned("cn-2004", "215-two-kinds", 215, Y2010, Circumstance.TWO_LABEL_KINDS, Metric.ILLEGAL_GAINS,
                20_000, false, true));
        p.add(new Pinned("cn-2004", "216-basic", 216, Y2010, none, Metric.ILLEGAL_BUSINESS_VOLUME, 200_000, false,
                true));
        p.add(new Pinned("cn-2004", "216-basic", 216, Y2010, none, Metric.ILLEGAL_GAINS, 100_000, false, true));
        p.add(new Pinned("cn-2004", "216-basic", 216, Y2010, none, Metric.RIGHT_HOLDER_LOSS, 500_000, false, true));
        p.add(new Pinned("cn-2004", "216-two-patents", 216, Y2010, Circumstance.TWO_PATENTS,
                Metric.ILLEGAL_BUSINESS_VOLUME, 100_000, false, true));
        p.add(new Pinned("cn-2004", "216-two-patents", 216, Y2010, Circumstance.TWO_PATENTS, Metric.ILLEGAL_GAINS,
                50_000, false, true));
        p.add(new Pinned("cn-2004", "217-basic", 217, Y2010, none, Metric.ILLEGAL_GAINS, 30_000, false, true));
        p.add(new Pinned("cn-2004", "217-basic", 217, Y2010, none, Metric.ILLEGAL_BUSINESS_VOLUME, 50_000, false, true));
        // not in DOMAIN.md: the 2004 text's 1,000 copies, before 法释〔2007〕6号 — stored unconfirmed
        p.add(new Pinned("cn-2004", "217-copies-2004", 217, LocalDate.of(2006, 1, 1), none, Metric.COPIES, 1_000,
                false, false));
        p.add(new Pinned("cn-2004", "217-copies-2007", 217, Y2010, none, Metric.COPIES, 500, false, true));
        p.add(new Pinned("cn-2004", "218-basic", 218, Y2010, none, Metric.ILLEGAL_GAINS, 100_000, false, true));
        // not in DOMAIN.md: the 2004 text's ¥500,000 loss, before 法释〔2020〕10号 — stored unconfirmed
        p.add(new Pinned("cn-2004", "219-loss-2004", 219, LocalDate.of(2015, 1, 1), none, Metric.RIGHT_HOLDER_LOSS,
                500_000, false, false));
        LocalDate y2021 = LocalDate.of(2021, 1, 1);
        p.add(new Pinned("cn-2004", "219-2020", 219, y2021, none, Metric.RIGHT_HOLDER_LOSS, 300_000, false, true));
        p.add(new Pinned("cn-2004", "219-2020", 219, y2021, none, Metric.ILLEGAL_GAINS, 300_000, false, true));

        // cn-2025: 法释〔2025〕5号 — only 218 gains is confirmed (Xinhua); 213 from secondary sources; rest carried over
        p.add(new Pinned("cn-2025", "213-goods-basic", 213, Y2025, none, Metric.ILLEGAL_GAINS, 30_000, false, false));
        p.add(new Pinned("cn-2025", "213-goods-basic", 213, Y2025, none, Metric.ILLEGAL_BUSINESS_VOLUME, 50_000, false,
                false));
        for (Circumstance lower : List.of(Circumstance.TWO_MARKS, Circumstance.PENALISED_LAST_YEAR)) {
            p.add(new Pinned("cn-2025", "213-goods-two-marks-or-repeat", 213, Y2025, lower, Metric.ILLEGAL_GAINS, 20_000,
                    false, false));
            p.add(new Pinned("cn-2025", "213-goods-two-marks-or-repeat", 213, Y2025, lower,
                    Metric.ILLEGAL_BUSINESS_VOLUME, 30_000, false, false));
        }
        p.add(new Pinned("cn-2025", "214-basic", 214, Y2025, none, Metric.SALES_AMOUNT, 50_000, false, false));
        p.add(new Pinned("cn-2025", "214-basic", 214, Y2025, none, Metric.UNSOLD_GOODS_VALUE, 150_000, true, false));
        p.add(new Pinned("cn-2025", "217-basic", 217, Y2025, none, Metric.ILLEGAL_GAINS, 30_000, false, false));
        p.add(new Pinned("cn-2025", "217-basic", 217, Y2025, none, Metric.ILLEGAL_BUSINESS_VOLUME, 50_000, false, false));
        p.add(new Pinned("cn-2025", "217-basic", 217, Y2025, none, Metric.COPIES, 500, false, false));
        p.add(new Pinned("cn-2025", "218-gains", 218, Y2025, none, Metric.ILLEGAL_GAINS, 50_000, false, true));
        p.add(new Pinned("cn-2025", "219-basic", 219, Y2025, none, Metric.RIGHT_HOLDER_LOSS, 300_000, false, false));
        p.add(new Pinned("cn-2025", "219-basic", 219, Y2025, none, Metric.ILLEGAL_GAINS, 300_000, false, false));
        return p;
    }

    static Stream<Pinned> figures() {
        return pinned().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    @DisplayName("one fen (or one copy/piece) under the figure does not meet the threshold")
    void justUnder(Pinned row) {
        ThresholdResult result = ThresholdCheck.evaluate(RULES, row.actDate(), row.article(),
                row.factsWith(row.stored() - 1));

        assertEquals(Verdict.NOT_MET, result.verdict(), result.explanationEn());
        assertEquals(row.ruleSet(), result.ruleSetId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    @DisplayName("exactly the figure meets the threshold and cites the row, trigger and figure")
    void atTheFigure(Pinned row) {
        assertMetAndCited(row, row.stored());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    @DisplayName("one fen (or one copy/piece) over the figure meets the threshold")
    void justOver(Pinned row) {
        assertMetAndCited(row, row.stored() + 1);
    }

    private static void assertMetAndCited(Pinned row, long actual) {
        ThresholdResult result = ThresholdCheck.evaluate(RULES, row.actDate(), row.article(), row.factsWith(actual));

        assertEquals(Verdict.MET, result.verdict(), result.explanationEn());
        Citation c = result.cited().orElseThrow();
        assertEquals(row.ruleSet(), c.ruleSetId());
        assertEquals(row.rowId(), c.rowId());
        assertEquals(row.article(), c.article());
        assertEquals(row.metric(), c.metric());
        assertEquals(row.stored(), c.figure());
        assertEquals(actual, c.actual());
        assertEquals(row.attempt(), result.attempt());
        assertEquals(row.confirmed(), result.confirmed());
        assertEquals(row.confirmed(), !result.explanationEn().contains("unconfirmed — administrator must verify"));
        assertEquals(row.confirmed(), !result.explanationZh().contains("须由管理员核实"));
    }

    @Test
    @DisplayName("every figure in the rule files is pinned here, and nothing pinned is missing from the files")
    void everyStoredFigureIsPinned() {
        Set<String> stored = new TreeSet<>();
        for (ThresholdRuleSet set : RULES.all()) {
            for (ThresholdRow row : set.rows()) {
                row.triggers().stream().filter(t -> !t.isPending())
                        .forEach(t -> stored.add(set.id() + "/" + row.id() + "/" + t.metric()));
                row.attemptTriggers().stream().filter(t -> !t.isPending())
                        .forEach(t -> stored.add(set.id() + "/" + row.id() + "/" + t.metric() + "/attempt"));
            }
        }
        Set<String> pinnedKeys = new TreeSet<>();
        pinned().forEach(p -> pinnedKeys.add(p.key()));

        assertEquals(pinnedKeys, stored);
    }

    @Test
    @DisplayName("the row's confirmed flag in the files matches DOMAIN.md for every pinned figure")
    void confirmedFlagsMatch() {
        for (Pinned p : pinned()) {
            ThresholdRow row = RULES.byId(p.ruleSet()).orElseThrow().rows().stream()
                    .filter(r -> r.id().equals(p.rowId())).findFirst().orElseThrow();
            assertEquals(p.confirmed(), row.confirmed(), p.toString());
            assertTrue(row.inForceOn(p.actDate()), p + " must be in force on its test date");
            assertFalse(row.hasPendingFigure() && row.confirmed(), p.toString());
        }
    }
}
