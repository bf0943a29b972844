package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts and codes are read as people type them; what is not one is refused saying what was expected. */
class CellValuesTest {

    @ParameterizedTest(name = "{1} 「{0}」 = {2}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "120万|MONEY|120.00",
            "120万元|MONEY|120.00",
            "1,200.50|MONEY|1200.50",
            " 88 |MONEY|88.00",
            "１２０|MONEY|120.00",
            "１，２００．５|MONEY|1200.50",
            "0.123456|MONEY|0.123456",
            "1234.5678912|VALUE|1234.5678912",
            "30%|PERCENT|30",
            "12.5|PERCENT|12.5",
            "3|NUMBER|3",
            "60|COUNT|60",
            "１２|COUNT|12",
    })
    void aNumberIsReadAsWritten(String typed, ColumnInput input, String value) {
        assertThat(CellValues.number(typed, input)).isEqualTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{1} 「{0}」")
    @CsvSource(delimiter = '|', value = {
            "约300|MONEY|不是金额",
            "1e400|MONEY|不是金额",
            "30%|MONEY|不是金额",
            "120万|NUMBER|不是数字",
            "-5|MONEY|是负数",
            "-1|PERCENT|是负数",
            "1.1234567|MONEY|有 7 位小数",
            "1,20|MONEY|不是金额",
            "2.5|COUNT|不是整数",
            "3辆|COUNT|不是整数",
            "3万|COUNT|不是整数",
            "-1|COUNT|是负数",
            "99999999999|COUNT|太大",
    })
    void anythingElseIsRefusedSayingWhatWasExpected(String typed, ColumnInput input, String wrong) {
        assertThatThrownBy(() -> CellValues.number(typed, input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("“" + typed + "”" + wrong).hasMessageContaining("应");
    }

    @ParameterizedTest(name = "「{0}」")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "2010101 行政运行", "2010101", "2010101　行政运行", " 2010101  行政运行 ", "２０１０１０１ 行政运行"})
    void aCodeIsReadWithOrWithoutItsName(String typed) {
        assertThat(CellValues.code(typed)).isEqualTo("2010101");
    }
}
