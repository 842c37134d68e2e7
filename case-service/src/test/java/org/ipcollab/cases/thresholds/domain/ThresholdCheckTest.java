package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.thresholds.ThresholdRuleFiles;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.Citation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.RowEvaluation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.TriggerEvaluation;
import org.ipcollab.cases.thresholds.domain.ThresholdResult.Verdict;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThresholdCheckTest {
    private static final ThresholdRuleSets RULES = ThresholdRuleFiles.loadBundled();
    private static final String MUST_VERIFY = "unconfirmed — administrator must verify";

    private static ThresholdFacts money(Metric metric, long yuan) {
        return ThresholdFacts.none().with(metric, Money.ofYuan(yuan));
    }

    private static ThresholdFacts copies(long count) {
        return ThresholdFacts.none().withCount(Metric.COPIES, count);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** 梁平柚 counterfeit gift boxes: sold, stocked and in a warehouse — one unpunished act. */
    static List<RecordedAct> aTrademarkCase() {
        return List.of(RecordedAct.of("2024年9月 网店销售", date("2024-09-15"), List.of(
                GoodsLine.of("假冒“梁平柚”礼盒", "盒").withSold(400, Money.ofYuan(88))
                        .withUnsold(250).withMarkedPrice(Money.ofYuan("98.00")),
                GoodsLine.of("假冒“梁平柚”包装箱", "个").withUnsold(1_000)
                        .withGenuineMarketMidPrice(Money.ofYuan("1.50"))),
                Money.ofYuan(12_000)));
    }

    @Test
    @DisplayName("a counterfeit-mark case's computed business volume meets art 213 and cites 法释〔2004〕19号")
    void trademarkCaseMeets213() {
        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(aTrademarkCase());
        // 400 × 88 + 250 × 98 + 1,000 × 1.50 = 35,200 + 24,500 + 1,500
        assertEquals(Money.ofYuan(61_200), volume.total());

        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2024-09-15"),
                InfringingAct.COUNTERFEITING_REGISTERED_MARK, volume.toFacts());

        assertTrue(result.met());
        assertTrue(result.confirmed());
        assertFalse(result.attempt());
        Citation c = result.cited().orElseThrow();
        assertEquals("cn-2004", c.ruleSetId());
        assertEquals("法释〔2004〕19号 第一条第一款第（一）项", c.source());
        assertEquals(Metric.ILLEGAL_BUSINESS_VOLUME, c.metric());
        assertEquals("达到入罪标准，应当移送：刑法第213条（假冒注册商标罪）：法释〔2004〕19号 第一条第一款第（一）项：非法经营数额 "
                + "¥61,200.00 ≥ 标准 ¥50,000.00。", result.explanationZh());
        assertEquals("Threshold met, referral required: Criminal Law art 213 (Counterfeiting a registered trademark), "
                + "法释〔2004〕19号 第一条第一款第（一）项: illegal business volume ¥61,200.00 ≥ threshold ¥50,000.00.",
                result.explanationEn());
    }

    @Test
    @DisplayName("counterfeiting two registered marks lowers the art 213 volume figure from ¥50,000 to ¥30,000")
    void twoMarksLower213() {
        ThresholdFacts facts = money(Metric.ILLEGAL_BUSINESS_VOLUME, 40_000);

        ThresholdResult oneMark = ThresholdCheck.evaluate(RULES, date("2015-03-01"), 213, facts.withRegisteredMarks(1));
        ThresholdResult twoMarks = ThresholdCheck.evaluate(RULES, date("2015-03-01"), 213, facts.withRegisteredMarks(2));

        assertEquals(Verdict.NOT_MET, oneMark.verdict());
        assertTrue(oneMark.confirmed(), "a 'not met' on confirmed rows only is confirmed");
        assertEquals(Verdict.MET, twoMarks.verdict());
        assertEquals("213-two-marks", twoMarks.cited().orElseThrow().rowId());
        assertEquals(Money.ofYuan(30_000).fen(), twoMarks.cited().orElseThrow().figure());
    }

    @Test
    @DisplayName("counterfeiting two patents lowers the art 216 volume figure from ¥200,000 to ¥100,000")
    void twoPatentsLower216() {
        ThresholdFacts facts = money(Metric.ILLEGAL_BUSINESS_VOLUME, 150_000);

        assertFalse(ThresholdCheck.evaluate(RULES, date("2012-01-01"), 216, facts.withPatents(1)).met());
        ThresholdResult two = ThresholdCheck.evaluate(RULES, date("2012-01-01"), 216, facts.withPatents(2));
        assertTrue(two.met());
        assertEquals("216-two-patents", two.cited().orElseThrow().rowId());
    }

    @Test
    @DisplayName("two kinds of counterfeit labels lower art 215 from 20,000 to 10,000 pieces")
    void twoLabelKindsLower215() {
        ThresholdFacts facts = ThresholdFacts.none().withCount(Metric.PIECES, 15_000);

        assertFalse(ThresholdCheck.evaluate(RULES, date("2012-01-01"), 215, facts.withMarkLabelKinds(1)).met());
        assertEquals("215-two-kinds", ThresholdCheck.evaluate(RULES, date("2012-01-01"), 215,
                facts.withMarkLabelKinds(2)).cited().orElseThrow().rowId());
    }

    @Test
    @DisplayName("unsold counterfeit goods worth ¥150,000 meet art 214 as an attempt (未遂)")
    void unsoldGoodsAreAnAttempt() {
        ThresholdFacts facts = money(Metric.SALES_AMOUNT, 0).with(Metric.UNSOLD_GOODS_VALUE, Money.ofYuan(150_000));

        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2019-05-20"),
                InfringingAct.SELLING_GOODS_WITH_COUNTERFEIT_MARK, facts);

        assertTrue(result.met());
        assertTrue(result.attempt());
        assertEquals(Metric.UNSOLD_GOODS_VALUE, result.cited().orElseThrow().metric());
        assertTrue(result.explanationZh().contains("（未遂）"), result.explanationZh());
        assertTrue(result.explanationEn().contains("(attempt)"), result.explanationEn());
    }

    @Test
    @DisplayName("sales of ¥50,000 meet art 214 as a completed crime even when unsold goods also reach ¥150,000")
    void completedSaleIsNotAnAttempt() {
        ThresholdFacts facts = money(Metric.SALES_AMOUNT, 50_000).with(Metric.UNSOLD_GOODS_VALUE, Money.ofYuan(200_000));

        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2019-05-20"), 214, facts);

        assertTrue(result.met());
        assertFalse(result.attempt());
        assertEquals(Metric.SALES_AMOUNT, result.cited().orElseThrow().metric());
    }

    @Test
    @DisplayName("sales under ¥50,000 and unsold goods under ¥150,000 do not meet art 214 (DOMAIN.md has no combined rule)")
    void salesAndUnsoldAreNotCombined() {
        ThresholdFacts facts = ThresholdFacts.none().with(Metric.SALES_AMOUNT, Money.ofYuan("49999.99"))
                .with(Metric.UNSOLD_GOODS_VALUE, Money.ofYuan("149999.99"));

        assertEquals(Verdict.NOT_MET, ThresholdCheck.evaluate(RULES, date("2019-05-20"), 214, facts).verdict());
    }

    @Test
    @DisplayName("500 copies meet art 217 from 2007-04-05 (法释〔2007〕6号), not the day before")
    void copiesFigureFrom2007() {
        ThresholdResult dayBefore = ThresholdCheck.evaluate(RULES, date("2007-04-04"), 217, copies(500));
        ThresholdResult dayOf = ThresholdCheck.evaluate(RULES, date("2007-04-05"), 217, copies(500));

        assertEquals(Verdict.NOT_MET, dayBefore.verdict());
        assertFalse(dayBefore.confirmed(), "the 1,000-copies row in force before is unconfirmed");
        assertTrue(dayBefore.explanationEn().contains(MUST_VERIFY));
        assertEquals(Verdict.MET, dayOf.verdict());
        assertTrue(dayOf.confirmed());
        assertEquals("法释〔2007〕6号 第一条", dayOf.cited().orElseThrow().source());
    }

    @Test
    @DisplayName("1,000 copies before 2007-04-05 meet art 217 on the unconfirmed 2004 figure, and the result says so")
    void copiesBefore2007RestOnUnconfirmedFigure() {
        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2006-11-30"), 217, copies(1_000));

        assertTrue(result.met());
        assertFalse(result.confirmed());
        assertEquals("217-copies-2004", result.cited().orElseThrow().rowId());
        assertTrue(result.explanationEn().contains(MUST_VERIFY), result.explanationEn());
        assertTrue(result.explanationZh().contains("未经确认"), result.explanationZh());
    }

    @Test
    @DisplayName("a ¥300,000 trade-secret loss meets art 219 from 2020-09-14 (法释〔2020〕10号); before, the unconfirmed 2004 ¥500,000 applies")
    void tradeSecretFrom2020() {
        ThresholdFacts loss = money(Metric.RIGHT_HOLDER_LOSS, 300_000);

        ThresholdResult before = ThresholdCheck.evaluate(RULES, date("2020-09-13"), 219, loss);
        ThresholdResult after = ThresholdCheck.evaluate(RULES, date("2020-09-14"), 219, loss);

        assertEquals(Verdict.NOT_MET, before.verdict());
        assertFalse(before.confirmed());
        assertEquals(List.of("219-loss-2004"), before.considered().stream().map(RowEvaluation::rowId).toList());
        assertEquals(Verdict.MET, after.verdict());
        assertTrue(after.confirmed());
        assertEquals("法释〔2020〕10号 第四条第一款第（一）项", after.cited().orElseThrow().source());
        assertTrue(ThresholdCheck.evaluate(RULES, date("2020-09-13"), 219, money(Metric.RIGHT_HOLDER_LOSS, 500_000))
                .met());
    }

    @Test
    @DisplayName("trade-secret gains count only from 2020-09-14: the 2004 figure was loss alone")
    void tradeSecretGainsFrom2020() {
        ThresholdFacts gains = money(Metric.ILLEGAL_GAINS, 300_000);

        assertFalse(ThresholdCheck.evaluate(RULES, date("2020-09-13"), 219, gains).met());
        assertTrue(ThresholdCheck.evaluate(RULES, date("2020-09-14"), 219, gains).met());
    }

    @Test
    @DisplayName("art 218 gains of ¥60,000: not met for an act on 2025-04-25 (¥100,000), met on 2025-04-26 (¥50,000)")
    void ruleSetChosenByActDate() {
        ThresholdFacts gains = money(Metric.ILLEGAL_GAINS, 60_000);

        ThresholdResult old = ThresholdCheck.evaluate(RULES, date("2025-04-25"), 218, gains);
        ThresholdResult current = ThresholdCheck.evaluate(RULES, date("2025-04-26"), 218, gains);

        assertEquals(Verdict.NOT_MET, old.verdict());
        assertEquals("cn-2004", old.ruleSetId());
        assertEquals("法释〔2004〕19号", old.ruleSetSource());
        assertTrue(old.confirmed());
        assertEquals(Verdict.MET, current.verdict());
        assertEquals("cn-2025", current.ruleSetId());
        assertEquals("218-gains", current.cited().orElseThrow().rowId());
        assertEquals(Money.ofYuan(50_000).fen(), current.cited().orElseThrow().figure());
        assertTrue(current.confirmed(), "218 gains ≥ ¥50,000 is confirmed by Xinhua");
    }

    @Test
    @DisplayName("the act date decides, not the filing date: an act on 2025-04-20 filed in May 2025 is measured by the 2004 set")
    void actDateNotFilingDate() {
        LocalDate actDate = date("2025-04-20");
        LocalDate filedOn = date("2025-05-10");

        ThresholdResult result = ThresholdCheck.evaluate(RULES, actDate, 218, money(Metric.ILLEGAL_GAINS, 60_000));

        assertTrue(filedOn.isAfter(date("2025-04-26")));
        assertEquals("cn-2004", result.ruleSetId());
        assertFalse(result.met());
    }

    @Test
    @DisplayName("in 2025 an infringer penalised within the previous 2 years meets art 213 at ¥20,000 gains, unconfirmed")
    void repeatOffenderLowers213In2025() {
        LocalDate act = date("2025-06-01");
        ThresholdFacts gains = money(Metric.ILLEGAL_GAINS, 20_000);

        ThresholdResult firstTime = ThresholdCheck.evaluate(RULES, act, 213, gains);
        ThresholdResult repeat = ThresholdCheck.evaluate(RULES, act, 213,
                gains.withPreviousPenaltyOn(date("2024-01-10")));

        assertEquals(Verdict.NOT_MET, firstTime.verdict());
        assertEquals(Verdict.MET, repeat.verdict());
        assertEquals("213-goods-two-marks-or-repeat", repeat.cited().orElseThrow().rowId());
        assertFalse(repeat.confirmed());
        assertTrue(repeat.explanationEn().contains(MUST_VERIFY), repeat.explanationEn());
        assertTrue(repeat.explanationZh().contains("须由管理员核实"), repeat.explanationZh());
    }

    @Test
    @DisplayName("the 2-year look-back counts from the act date, both ends included; older or later penalties do not count")
    void repeatOffenderWindow() {
        LocalDate act = date("2025-06-01");
        ThresholdFacts gains = money(Metric.ILLEGAL_GAINS, 20_000);

        assertTrue(ThresholdCheck.evaluate(RULES, act, 213, gains.withPreviousPenaltyOn(date("2023-06-01"))).met());
        assertFalse(ThresholdCheck.evaluate(RULES, act, 213, gains.withPreviousPenaltyOn(date("2023-05-31"))).met());
        assertTrue(ThresholdCheck.evaluate(RULES, act, 213, gains.withPreviousPenaltyOn(act)).met());
        assertFalse(ThresholdCheck.evaluate(RULES, act, 213, gains.withPreviousPenaltyOn(date("2025-06-02"))).met());
    }

    @Test
    @DisplayName("before 2025-04-26 a previous penalty does not lower art 213")
    void noRepeatLoweringIn2004Set() {
        ThresholdFacts facts = money(Metric.ILLEGAL_GAINS, 20_000).withPreviousPenaltyOn(date("2024-01-10"));

        assertFalse(ThresholdCheck.evaluate(RULES, date("2025-04-25"), 213, facts).met());
    }

    @Test
    @DisplayName("art 215 in 2025 has lower figures not yet entered: 'not met' is unconfirmed and names the pending rows")
    void pendingFiguresMakeNotMetUnconfirmed() {
        ThresholdFacts facts = ThresholdFacts.none().withCount(Metric.PIECES, 30_000);

        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2025-06-01"),
                InfringingAct.MAKING_OR_SELLING_COUNTERFEIT_MARK_LABELS, facts);

        assertEquals(Verdict.NOT_MET, result.verdict());
        assertFalse(result.confirmed());
        assertEquals(3, result.pendingFigures().size(), "pieces, volume and gains of 215-basic");
        assertTrue(result.pendingFigures().stream()
                .allMatch(t -> t.status() == TriggerEvaluation.Status.NO_FIGURE));
        assertTrue(result.explanationZh().contains("标准数额尚未录入：215-basic"), result.explanationZh());
        assertTrue(result.explanationEn().contains("Figures not yet entered for: 215-basic"), result.explanationEn());
    }

    @Test
    @DisplayName("a repeat offender under art 218 in 2025 meets the confirmed ¥50,000 gains row; its own lower figure is pending")
    void confirmedRowPreferredAndPendingListed() {
        ThresholdFacts facts = money(Metric.ILLEGAL_GAINS, 60_000).withPreviousPenaltyOn(date("2024-12-01"));

        ThresholdResult met = ThresholdCheck.evaluate(RULES, date("2025-06-01"), 218, facts);
        ThresholdResult notMet = ThresholdCheck.evaluate(RULES, date("2025-06-01"), 218,
                money(Metric.ILLEGAL_GAINS, 40_000).withPreviousPenaltyOn(date("2024-12-01")));

        assertTrue(met.confirmed());
        assertEquals("218-gains", met.cited().orElseThrow().rowId());
        assertFalse(notMet.met());
        assertFalse(notMet.confirmed(), "the repeat-offender figure could be under ¥40,000");
        assertTrue(notMet.explanationEn().contains("218-repeat"), notMet.explanationEn());
    }

    @Test
    @DisplayName("the result lists every row weighed, with whether its conditions applied and each trigger's outcome")
    void resultShowsItsWorking() {
        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2015-03-01"), 213,
                money(Metric.ILLEGAL_GAINS, 25_000));

        assertEquals(List.of("213-basic", "213-two-marks"),
                result.considered().stream().map(RowEvaluation::rowId).toList());
        RowEvaluation basic = result.considered().get(0);
        assertTrue(basic.applicable());
        assertEquals(List.of(TriggerEvaluation.Status.NO_FACT, TriggerEvaluation.Status.NOT_MET),
                basic.triggers().stream().map(TriggerEvaluation::status).toList());
        assertFalse(result.considered().get(1).applicable(), "one mark: the two-marks row does not apply");
    }

    @Test
    @DisplayName("no rule set is in force for an act before 2004-12-22")
    void noRuleBefore2004() {
        ThresholdResult result = ThresholdCheck.evaluate(RULES, date("2004-12-21"), 213,
                money(Metric.ILLEGAL_BUSINESS_VOLUME, 1_000_000));

        assertEquals(Verdict.NO_RULE_IN_FORCE, result.verdict());
        assertFalse(result.met());
        assertFalse(result.confirmed());
        assertTrue(ThresholdCheck.evaluate(RULES, date("2004-12-22"), 213,
                money(Metric.ILLEGAL_BUSINESS_VOLUME, 1_000_000)).met());
    }

    @Test
    @DisplayName("an act that is no IP crime (patent infringement) is refused rather than checked")
    void actWithoutArticleRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdCheck.evaluate(RULES, date("2024-01-01"),
                InfringingAct.PATENT_INFRINGEMENT, ThresholdFacts.none()));
    }
}
