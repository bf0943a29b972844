package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How a headline figure's change from the previous published year is said. */
class YearChangeTest {

    private static PageData.YearChange change(String before, String after) {
        return PageData.YearChange.between(2022, before == null ? null : new BigDecimal(before),
                after == null ? null : new BigDecimal(after));
    }

    @Test
    void aChangeIsSignedAndNamesTheYearItIsComparedWith() {
        assertThat(change("100.00", "103.20").text()).isEqualTo("比2022年 +3.2%");
        assertThat(change("100.00", "103.20").direction()).isEqualTo("up");
        assertThat(change("100.00", "50.00").text()).isEqualTo("比2022年 -50.0%");
        assertThat(change("100.00", "50.00").direction()).isEqualTo("down");
    }

    @Test
    void aFigureTheEarlierYearDidNotHaveIsNew() {
        assertThat(change("0.00", "5.00").text()).isEqualTo("新增");
        assertThat(change("0.00", "5.00").direction()).isEqualTo("up");
    }

    @Test
    void anUnchangedFigureIsLevel() {
        assertThat(change("8.00", "8.00").text()).isEqualTo("与2022年持平");
    }

    @Test
    void nothingIsSaidWithoutBothFiguresOrWhenBothAreZero() {
        assertThat(change(null, "5.00")).isNull();
        assertThat(change("5.00", null)).isNull();
        assertThat(change("0.00", "0.00")).isNull();
    }
}
