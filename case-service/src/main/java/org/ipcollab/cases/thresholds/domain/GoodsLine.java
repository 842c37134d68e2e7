package org.ipcollab.cases.thresholds.domain;

import java.util.Objects;

/**
 * 涉案物品 — one line of infringing goods in an act: how many were sold and how many were not (made, stored, in
 * transport or on the shelf), and the prices the officer has established. Prices are per {@code unit}; absent prices are
 * null. Build with {@link #of} and the {@code with…} methods.
 *
 * @param actualSalePrice        实际销售价格 — the price the sold goods actually fetched
 * @param markedPrice            标价 — the price marked on the unsold goods
 * @param averageActualSalePrice 已经查清的侵权产品的实际销售平均价格 — the established average actual sale price
 * @param genuineMarketMidPrice  被侵权产品的市场中间价格 — the market mid-price of the genuine product
 */
public record GoodsLine(String description, String unit, long quantitySold, long quantityUnsold,
        Money actualSalePrice, Money markedPrice, Money averageActualSalePrice, Money genuineMarketMidPrice) {

    public GoodsLine {
        description = ThresholdRow.requireText(description, "goods description");
        unit = ThresholdRow.requireText(unit, "unit of " + description);
        if (quantitySold < 0 || quantityUnsold < 0) {
            throw new IllegalArgumentException(description + ": quantities are never negative");
        }
    }

    /** A line with no quantities or prices yet, e.g. {@code GoodsLine.of("梁平柚礼盒", "盒").withSold(120, price)}. */
    public static GoodsLine of(String description, String unit) {
        return new GoodsLine(description, unit, 0, 0, null, null, null, null);
    }

    /** Sold goods at the price they actually fetched (null if it cannot be established). */
    public GoodsLine withSold(long quantity, Money actualPrice) {
        return new GoodsLine(description, unit, quantity, quantityUnsold, actualPrice, markedPrice,
                averageActualSalePrice, genuineMarketMidPrice);
    }

    public GoodsLine withUnsold(long quantity) {
        return new GoodsLine(description, unit, quantitySold, quantity, actualSalePrice, markedPrice,
                averageActualSalePrice, genuineMarketMidPrice);
    }

    public GoodsLine withMarkedPrice(Money price) {
        return new GoodsLine(description, unit, quantitySold, quantityUnsold, actualSalePrice,
                Objects.requireNonNull(price), averageActualSalePrice, genuineMarketMidPrice);
    }

    public GoodsLine withAverageActualSalePrice(Money price) {
        return new GoodsLine(description, unit, quantitySold, quantityUnsold, actualSalePrice, markedPrice,
                Objects.requireNonNull(price), genuineMarketMidPrice);
    }

    public GoodsLine withGenuineMarketMidPrice(Money price) {
        return new GoodsLine(description, unit, quantitySold, quantityUnsold, actualSalePrice, markedPrice,
                averageActualSalePrice, Objects.requireNonNull(price));
    }
}
