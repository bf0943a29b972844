package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void anAmountIsPrintedWithThousandsSeparatorsAndTwoDecimals() {
        assertThat(Formats.amount(new BigDecimal("8900.03"))).isEqualTo("8,900.03");
        assertThat(Formats.amount(new BigDecimal("12.0480"))).isEqualTo("12.05");
        assertThat(Formats.amount(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Formats.amount(null)).isEmpty();
    }

    @Test
    void aPrintedAmountIsRoundedHalfUpNotHalfToEven() {
        assertThat(Formats.amount(new BigDecimal("0.125"))).isEqualTo("0.13");
        assertThat(Formats.amount(new BigDecimal("2413.605"))).isEqualTo("2,413.61");
        assertThat(Formats.amount(new BigDecimal("727.87084"))).isEqualTo("727.87");
    }
}
