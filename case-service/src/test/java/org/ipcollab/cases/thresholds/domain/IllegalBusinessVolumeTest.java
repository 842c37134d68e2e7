package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.ipcollab.cases.thresholds.domain.LineValuation.Portion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IllegalBusinessVolumeTest {
    private static final LocalDate ACT_DATE = LocalDate.of(2024, 9, 15);

    /** Counterfeit 梁平柚 gift boxes, per box. */
    static GoodsLine giftBoxes() {
        return GoodsLine.of("假冒“梁平柚”礼盒", "盒");
    }

    static RecordedAct anAct(GoodsLine... goods) {
        return RecordedAct.of("2024年9月 网店销售", ACT_DATE, List.of(goods), null);
    }

    private static LineValuation only(IllegalBusinessVolume volume) {
        assertEquals(1, volume.lines().size());
        return volume.lines().get(0);
    }

    @Test
    @DisplayName("sold goods are valued at the actual sale price")
    void soldAtActualPrice() {
        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(List.of(anAct(
                giftBoxes().withSold(120, Money.ofYuan("79.90")).withMarkedPrice(Money.ofYuan(128)))));

        LineValuation line = only(volume);
        assertEquals(Portion.SOLD, line.portion());
        assertEquals(PriceBasis.ACTUAL_SALE_PRICE, line.basis());
        assertEquals(Money.ofYuan("9588.00"), line.value());
        assertEquals("已销售 120 盒 × 实际销售价格 ¥79.90 = ¥9,588.00（已销售的侵权产品，按照实际销售的价格计算；法释〔2004〕19号 第十二条）",
                line.basisZh());
        assertEquals("sold 120 盒 × actual sale price ¥79.90 = ¥9,588.00 (goods sold are valued at the price actually "
                + "obtained; 法释〔2004〕19号 第十二条)", line.basisEn());
        assertEquals(Money.ofYuan("9588.00"), volume.total());
        assertEquals(Money.ofYuan("9588.00"), volume.salesAmount());
        assertEquals(Money.ZERO, volume.unsoldGoodsValue());
    }

    @Test
    @DisplayName("unsold goods are valued at the marked price, even when an average sale price is known")
    void unsoldAtMarkedPrice() {
        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(List.of(anAct(giftBoxes().withUnsold(300)
                .withMarkedPrice(Money.ofYuan(128)).withAverageActualSalePrice(Money.ofYuan(80)))));

        LineValuation line = only(volume);
        assertEquals(Portion.UNSOLD, line.portion());
        assertEquals(PriceBasis.MARKED_PRICE, line.basis());
        assertEquals(Money.ofYuan(38_400), line.value());
        assertEquals("未销售 300 盒 × 标价 ¥128.00 = ¥38,400.00（未销售（制造、储存、运输）的侵权产品，按照标价计算；"
                + "法释〔2004〕19号 第十二条）", line.basisZh());
        assertEquals("unsold 300 盒 × marked price ¥128.00 = ¥38,400.00 (unsold goods (made, stored, in transport) are "
                + "valued at their marked price; 法释〔2004〕19号 第十二条)", line.basisEn());
        assertEquals(Money.ZERO, volume.salesAmount());
        assertEquals(Money.ofYuan(38_400), volume.unsoldGoodsValue());
    }

    @Test
    @DisplayName("unsold goods without a marked price are valued at the established average actual sale price")
    void unsoldWithoutMarkedPriceAtAverage() {
        LineValuation line = only(IllegalBusinessVolume.compute(List.of(anAct(giftBoxes().withUnsold(300)
                .withAverageActualSalePrice(Money.ofYuan("82.50")).withGenuineMarketMidPrice(Money.ofYuan(168))))));

        assertEquals(PriceBasis.AVERAGE_ACTUAL_SALE_PRICE, line.basis());
        assertEquals(Money.ofYuan(24_750), line.value());
        assertEquals("未销售 300 盒 × 已查清的实际销售平均价格 ¥82.50 = ¥24,750.00（未销售的侵权产品没有标价，按照已经查清的侵权产品"
                + "实际销售平均价格计算；法释〔2004〕19号 第十二条）", line.basisZh());
        assertEquals("unsold 300 盒 × established average actual sale price ¥82.50 = ¥24,750.00 (unsold goods without a "
                + "marked price are valued at the established average actual sale price of the infringing goods; "
                + "法释〔2004〕19号 第十二条)", line.basisEn());
    }

    @Test
    @DisplayName("with neither a marked nor an established sale price, unsold goods are valued at the genuine product's market mid-price")
    void neitherPriceUsesGenuineMidPrice() {
        LineValuation line = only(IllegalBusinessVolume.compute(List.of(anAct(
                giftBoxes().withUnsold(300).withGenuineMarketMidPrice(Money.ofYuan(168))))));

        assertEquals(PriceBasis.GENUINE_MARKET_MID_PRICE, line.basis());
        assertEquals(Money.ofYuan(50_400), line.value());
        assertEquals("未销售 300 盒 × 被侵权产品的市场中间价格 ¥168.00 = ¥50,400.00（未销售的侵权产品没有标价，也无法查清其实际销售"
                + "价格，按照被侵权产品的市场中间价格计算；法释〔2004〕19号 第十二条）", line.basisZh());
        assertEquals("unsold 300 盒 × genuine product's market mid-price ¥168.00 = ¥50,400.00 (unsold goods with neither "
                + "a marked price nor an established actual sale price are valued at the genuine product's market "
                + "mid-price; 法释〔2004〕19号 第十二条)", line.basisEn());
    }

    @Test
    @DisplayName("sold goods whose actual price cannot be established fall back to the genuine product's market mid-price")
    void soldWithoutActualPriceUsesMidPrice() {
        LineValuation line = only(IllegalBusinessVolume.compute(List.of(anAct(
                giftBoxes().withSold(10, null).withGenuineMarketMidPrice(Money.ofYuan(168))))));

        assertEquals(Portion.SOLD, line.portion());
        assertEquals(PriceBasis.GENUINE_MARKET_MID_PRICE, line.basis());
        assertTrue(line.basisZh().contains("已销售但无法查清其实际销售价格，按照被侵权产品的市场中间价格计算"), line.basisZh());
    }

    @Test
    @DisplayName("goods with no usable price are refused, naming the act and the line")
    void noPriceRefused() {
        IllegalArgumentException unsold = assertThrows(IllegalArgumentException.class,
                () -> IllegalBusinessVolume.compute(List.of(anAct(giftBoxes().withUnsold(5)))));
        IllegalArgumentException sold = assertThrows(IllegalArgumentException.class,
                () -> IllegalBusinessVolume.compute(List.of(anAct(giftBoxes().withSold(5, null)))));

        assertTrue(unsold.getMessage().contains("假冒“梁平柚”礼盒"), unsold.getMessage());
        assertTrue(sold.getMessage().contains("actual sale price"), sold.getMessage());
    }

    @Test
    @DisplayName("one line with sold and unsold parts gives a sold and an unsold valuation; sales and unsold value stay apart")
    void soldAndUnsoldOnOneLine() {
        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(List.of(anAct(giftBoxes()
                .withSold(400, Money.ofYuan(88)).withUnsold(250).withMarkedPrice(Money.ofYuan(98)))));

        assertEquals(List.of(Portion.SOLD, Portion.UNSOLD), volume.lines().stream().map(LineValuation::portion).toList());
        assertEquals(Money.ofYuan(35_200), volume.salesAmount());
        assertEquals(Money.ofYuan(24_500), volume.unsoldGoodsValue());
        assertEquals(Money.ofYuan(59_700), volume.total());
    }

    @Test
    @DisplayName("repeated acts not yet dealt with add up; an act already penalised is left out with the reason")
    void repeatedUnpunishedActsAddUp() {
        RecordedAct march = RecordedAct.of("2024年3月 集市摆摊", LocalDate.of(2024, 3, 2),
                List.of(giftBoxes().withSold(100, Money.ofYuan(60))), Money.ofYuan(2_000));
        RecordedAct june = RecordedAct.of("2024年6月 网店销售", LocalDate.of(2024, 6, 18),
                List.of(giftBoxes().withSold(200, Money.ofYuan(75)).withUnsold(40).withMarkedPrice(Money.ofYuan(99))),
                Money.ofYuan(5_000));
        RecordedAct punished = RecordedAct.of("2023年11月 已罚没", LocalDate.of(2023, 11, 8),
                List.of(giftBoxes().withSold(1_000, Money.ofYuan(70))), Money.ofYuan(9_000)).penalised();

        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(List.of(punished, march, june));

        // 100 × 60 + 200 × 75 + 40 × 99 = 6,000 + 15,000 + 3,960
        assertEquals(Money.ofYuan(24_960), volume.total());
        assertEquals(Money.ofYuan(21_000), volume.salesAmount());
        assertEquals(Money.ofYuan(3_960), volume.unsoldGoodsValue());
        assertEquals(Money.ofYuan(7_000), volume.illegalGains().orElseThrow());
        assertEquals(2, volume.actsCounted());
        assertEquals(List.of("2024年3月 集市摆摊", "2024年6月 网店销售", "2024年6月 网店销售"),
                volume.lines().stream().map(LineValuation::actLabel).toList());
        assertEquals(1, volume.excluded().size());
        IllegalBusinessVolume.ExcludedAct left = volume.excluded().get(0);
        assertEquals("2023年11月 已罚没", left.label());
        assertEquals("该次行为已经行政处理或者刑事处罚，不累计计算（法释〔2004〕19号 第十二条第二款）", left.reasonZh());
        assertTrue(left.reasonEn().contains("not added up"), left.reasonEn());
        assertEquals("非法经营数额 ¥24,960.00 = 已销售 ¥21,000.00 + 未销售货值 ¥3,960.00；累计计算 2 次行为，1 次已处理的行为不计入"
                + "（法释〔2004〕19号 第十二条）", volume.summaryZh());
        assertEquals("Illegal business volume ¥24,960.00 = sold ¥21,000.00 + unsold ¥3,960.00; 2 acts added up, "
                + "1 already dealt with left out (法释〔2004〕19号 第十二条)", volume.summaryEn());
    }

    @Test
    @DisplayName("the computed figures become threshold facts; gains appear only when established")
    void toFacts() {
        IllegalBusinessVolume withoutGains = IllegalBusinessVolume.compute(List.of(anAct(
                giftBoxes().withSold(10, Money.ofYuan(10)).withUnsold(5).withMarkedPrice(Money.ofYuan(20)))));

        ThresholdFacts facts = withoutGains.toFacts();
        assertEquals(Money.ofYuan(200).fen(), facts.amount(Metric.ILLEGAL_BUSINESS_VOLUME).getAsLong());
        assertEquals(Money.ofYuan(100).fen(), facts.amount(Metric.SALES_AMOUNT).getAsLong());
        assertEquals(Money.ofYuan(100).fen(), facts.amount(Metric.UNSOLD_GOODS_VALUE).getAsLong());
        assertFalse(facts.amount(Metric.ILLEGAL_GAINS).isPresent());
        assertTrue(withoutGains.illegalGains().isEmpty());
    }

    @Test
    @DisplayName("cents are exact: 3 × ¥0.10 + 7 × ¥0.20 is ¥1.70, not a floating-point neighbour")
    void exactMoney() {
        IllegalBusinessVolume volume = IllegalBusinessVolume.compute(List.of(anAct(
                GoodsLine.of("贴纸", "张").withSold(3, Money.ofYuan("0.10")),
                GoodsLine.of("吊牌", "个").withSold(7, Money.ofYuan("0.20")))));

        assertEquals(170, volume.total().fen());
        assertEquals("¥1.70", volume.total().toString());
    }

    @Test
    @DisplayName("a goods line with nothing sold or unsold is refused")
    void emptyLineRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> IllegalBusinessVolume.compute(List.of(anAct(giftBoxes().withMarkedPrice(Money.ofYuan(1))))));
        assertThrows(IllegalArgumentException.class, () -> IllegalBusinessVolume.compute(List.of()));
    }
}
