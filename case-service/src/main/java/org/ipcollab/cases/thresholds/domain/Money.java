package org.ipcollab.cases.thresholds.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * 金额 — an amount of money in whole fen (分, 1/100 yuan). Never a double: figures compared against criminal thresholds
 * must be exact, so arithmetic is on {@code long} fen and overflow throws.
 */
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("an amount of money is never negative here: " + fen + " fen");
        }
    }

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Whole yuan, e.g. {@code ofYuan(50_000)} = ¥50,000.00. */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    /** Yuan with at most two decimals, e.g. {@code "79.90"}; a third decimal is refused rather than rounded. */
    public static Money ofYuan(String yuan) {
        Objects.requireNonNull(yuan, "yuan");
        return ofYuan(new BigDecimal(yuan.strip()));
    }

    public static Money ofYuan(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimals (fen): " + yuan.toPlainString());
        }
        return new Money(yuan.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** Price × quantity, exactly. */
    public Money times(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity is never negative: " + quantity);
        }
        return new Money(Math.multiplyExact(fen, quantity));
    }

    public boolean isAtLeast(Money other) {
        return fen >= other.fen;
    }

    /** Yuan with scale 2, e.g. 50000.00. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** {@code ¥50,000.00} — the same in Chinese and English text. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }
}
