package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    @DisplayName("yuan with up to two decimals become exact fen")
    void parsesYuan() {
        assertEquals(5_000_000, Money.ofYuan(50_000).fen());
        assertEquals(7_990, Money.ofYuan("79.90").fen());
        assertEquals(7_990, Money.ofYuan("79.9").fen());
        assertEquals(new BigDecimal("50000.00"), Money.ofYuan(50_000).toYuan());
    }

    @Test
    @DisplayName("a third decimal is refused rather than rounded")
    void refusesFractionsOfFen() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofYuan("0.005"));
    }

    @Test
    @DisplayName("negative amounts and overflow are refused")
    void refusesNegativeAndOverflow() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofFen(-1));
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofYuan(1).times(Long.MAX_VALUE));
    }

    @Test
    @DisplayName("amounts print as ¥ with thousands separators and two decimals")
    void formats() {
        assertEquals("¥150,000.00", Money.ofYuan(150_000).toString());
        assertEquals("¥0.05", Money.ofFen(5).toString());
    }
}
