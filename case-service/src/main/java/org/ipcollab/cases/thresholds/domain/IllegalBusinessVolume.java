package org.ipcollab.cases.thresholds.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ipcollab.cases.thresholds.domain.LineValuation.Portion;

/**
 * 非法经营数额 — illegal business volume: the value of the infringing goods made, stored, transported and sold, computed
 * as 法释〔2004〕19号 art 12 says:
 * <ul>
 * <li>sold goods at the price actually obtained (实际销售的价格);</li>
 * <li>unsold goods at the marked price (标价), else at the established average actual sale price (已经查清的侵权产品的实际
 * 销售平均价格);</li>
 * <li>goods with no marked price whose actual sale price cannot be established at the genuine product's market mid-price
 * (被侵权产品的市场中间价格) — for unsold goods, and for sold goods whose actual price is unknown;</li>
 * <li>repeated acts not yet dealt with administratively or criminally add up (art 12(2)); acts already dealt with are
 * listed as excluded.</li>
 * </ul>
 * Alongside it: the sales amount (销售金额, art 214: sold goods at their actual price), the value of unsold goods (货值,
 * for the art 214 attempt rule) and the illegal gains (违法所得) established per act.
 */
public final class IllegalBusinessVolume {
    /** The provision every basis text cites. */
    public static final String SOURCE = "法释〔2004〕19号 第十二条";

    private final Money total;
    private final Money salesAmount;
    private final Money unsoldGoodsValue;
    private final Money illegalGains;
    private final List<LineValuation> lines;
    private final List<ExcludedAct> excluded;
    private final int actsCounted;

    /** An act left out of the sum, and why. */
    public record ExcludedAct(String label, LocalDate date, String reasonZh, String reasonEn) {
    }

    private IllegalBusinessVolume(Money total, Money salesAmount, Money unsoldGoodsValue, Money illegalGains,
            List<LineValuation> lines, List<ExcludedAct> excluded, int actsCounted) {
        this.total = total;
        this.salesAmount = salesAmount;
        this.unsoldGoodsValue = unsoldGoodsValue;
        this.illegalGains = illegalGains;
        this.lines = List.copyOf(lines);
        this.excluded = List.copyOf(excluded);
        this.actsCounted = actsCounted;
    }

    public static IllegalBusinessVolume compute(List<RecordedAct> acts) {
        if (acts == null || acts.isEmpty()) {
            throw new IllegalArgumentException("at least one act is needed to compute the illegal business volume");
        }
        Money sales = Money.ZERO;
        Money unsold = Money.ZERO;
        Money gains = null;
        int counted = 0;
        List<LineValuation> lines = new ArrayList<>();
        List<ExcludedAct> excluded = new ArrayList<>();
        for (RecordedAct act : acts) {
            if (act.alreadyPenalised()) {
                excluded.add(new ExcludedAct(act.label(), act.date(),
                        "该次行为已经行政处理或者刑事处罚，不累计计算（" + SOURCE + "第二款）",
                        "this act was already dealt with administratively or criminally, so it is not added up ("
                                + SOURCE + " para 2)"));
                continue;
            }
            counted++;
            if (act.illegalGains() != null) {
                gains = gains == null ? act.illegalGains() : gains.plus(act.illegalGains());
            }
            for (GoodsLine line : act.goods()) {
                if (line.quantitySold() == 0 && line.quantityUnsold() == 0) {
                    throw new IllegalArgumentException(act.label() + " / " + line.description()
                            + ": a goods line needs a quantity sold or unsold");
                }
                if (line.quantitySold() > 0) {
                    LineValuation v = valueSold(act, line);
                    sales = sales.plus(v.value());
                    lines.add(v);
                }
                if (line.quantityUnsold() > 0) {
                    LineValuation v = valueUnsold(act, line);
                    unsold = unsold.plus(v.value());
                    lines.add(v);
                }
            }
        }
        return new IllegalBusinessVolume(sales.plus(unsold), sales, unsold, gains, lines, excluded, counted);
    }

    private static LineValuation valueSold(RecordedAct act, GoodsLine line) {
        if (line.actualSalePrice() != null) {
            return valuation(act, line, Portion.SOLD, line.actualSalePrice(), PriceBasis.ACTUAL_SALE_PRICE,
                    "已销售的侵权产品，按照实际销售的价格计算",
                    "goods sold are valued at the price actually obtained");
        }
        if (line.genuineMarketMidPrice() != null) {
            return valuation(act, line, Portion.SOLD, line.genuineMarketMidPrice(),
                    PriceBasis.GENUINE_MARKET_MID_PRICE,
                    "已销售但无法查清其实际销售价格，按照被侵权产品的市场中间价格计算",
                    "goods sold whose actual sale price cannot be established are valued at the genuine product's "
                            + "market mid-price");
        }
        throw new IllegalArgumentException(act.label() + " / " + line.description()
                + ": sold goods need their actual sale price, or else the genuine product's market mid-price");
    }

    private static LineValuation valueUnsold(RecordedAct act, GoodsLine line) {
        if (line.markedPrice() != null) {
            return valuation(act, line, Portion.UNSOLD, line.markedPrice(), PriceBasis.MARKED_PRICE,
                    "未销售（制造、储存、运输）的侵权产品，按照标价计算",
                    "unsold goods (made, stored, in transport) are valued at their marked price");
        }
        if (line.averageActualSalePrice() != null) {
            return valuation(act, line, Portion.UNSOLD, line.averageActualSalePrice(),
                    PriceBasis.AVERAGE_ACTUAL_SALE_PRICE,
                    "未销售的侵权产品没有标价，按照已经查清的侵权产品实际销售平均价格计算",
                    "unsold goods without a marked price are valued at the established average actual sale price "
                            + "of the infringing goods");
        }
        if (line.genuineMarketMidPrice() != null) {
            return valuation(act, line, Portion.UNSOLD, line.genuineMarketMidPrice(),
                    PriceBasis.GENUINE_MARKET_MID_PRICE,
                    "未销售的侵权产品没有标价，也无法查清其实际销售价格，按照被侵权产品的市场中间价格计算",
                    "unsold goods with neither a marked price nor an established actual sale price are valued at the "
                            + "genuine product's market mid-price");
        }
        throw new IllegalArgumentException(act.label() + " / " + line.description()
                + ": unsold goods need a marked price, an established average actual sale price, or the genuine "
                + "product's market mid-price");
    }

    private static LineValuation valuation(RecordedAct act, GoodsLine line, Portion portion, Money price,
            PriceBasis basis, String reasonZh, String reasonEn) {
        long quantity = portion == Portion.SOLD ? line.quantitySold() : line.quantityUnsold();
        Money value = price.times(quantity);
        String qty = String.format(Locale.ROOT, "%,d", quantity);
        String zh = (portion == Portion.SOLD ? "已销售 " : "未销售 ") + qty + " " + line.unit() + " × "
                + basis.labelZh() + " " + price + " = " + value + "（" + reasonZh + "；" + SOURCE + "）";
        String en = (portion == Portion.SOLD ? "sold " : "unsold ") + qty + " " + line.unit() + " × "
                + basis.labelEn() + " " + price + " = " + value + " (" + reasonEn + "; " + SOURCE + ")";
        return new LineValuation(act.label(), act.date(), line.description(), line.unit(), portion, quantity, price,
                value, basis, zh, en);
    }

    /** 非法经营数额 — sold plus unsold. */
    public Money total() {
        return total;
    }

    /** 销售金额 — sold goods at the price used for them. */
    public Money salesAmount() {
        return salesAmount;
    }

    /** 货值 — unsold goods. */
    public Money unsoldGoodsValue() {
        return unsoldGoodsValue;
    }

    /** 违法所得 — summed over the acts counted, if established for any. */
    public Optional<Money> illegalGains() {
        return Optional.ofNullable(illegalGains);
    }

    /** One entry per sold or unsold part of each goods line, in input order. */
    public List<LineValuation> lines() {
        return lines;
    }

    public List<ExcludedAct> excluded() {
        return excluded;
    }

    public int actsCounted() {
        return actsCounted;
    }

    /** The figures as threshold facts: volume, sales amount, unsold value and (if established) illegal gains. */
    public ThresholdFacts toFacts() {
        ThresholdFacts facts = ThresholdFacts.none().with(Metric.ILLEGAL_BUSINESS_VOLUME, total)
                .with(Metric.SALES_AMOUNT, salesAmount).with(Metric.UNSOLD_GOODS_VALUE, unsoldGoodsValue);
        return illegalGains == null ? facts : facts.with(Metric.ILLEGAL_GAINS, illegalGains);
    }

    public String summaryZh() {
        return "非法经营数额 " + total + " = 已销售 " + salesAmount + " + 未销售货值 " + unsoldGoodsValue + "；累计计算 "
                + actsCounted + " 次行为" + (excluded.isEmpty() ? "" : "，" + excluded.size() + " 次已处理的行为不计入")
                + "（" + SOURCE + "）";
    }

    public String summaryEn() {
        return "Illegal business volume " + total + " = sold " + salesAmount + " + unsold " + unsoldGoodsValue
                + "; " + actsCounted + (actsCounted == 1 ? " act" : " acts") + " added up"
                + (excluded.isEmpty() ? "" : ", " + excluded.size() + " already dealt with left out") + " (" + SOURCE
                + ")";
    }
}
