package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.layout.Layouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes printed every way are one code; columns are found by header meaning, whatever their order. */
class LayoutTableReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"204 06 01|2040601", "2040601|2040601", "301 2|30102", "201,13,01|2011301", "301,02|30102"})
    void aCodeIsTheSameHowEverItIsPrinted(String printed, String code) {
        assertThat(LayoutTableReader.code(List.of(printed.split(",")))).isEqualTo(code);
    }

    @Test
    void columnsAreFoundByTheirHeaderWhateverTheirOrder() {
        Block.Grid grid = new Block.Grid(List.of(
                List.of("项目支出", "合计", "科目名称", "科目编码", "基本支出"),
                List.of("600.00", "1,000.00", "行政运行", "201 03 01", "400.00"),
                List.of("", "1,000.00", "合计", "", "400.00")), "第 1 页", true);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("EXPENDITURE"), 3, "支出总表", "元", null, List.of(grid), "第 1 页");
        assertThat(table.unknownColumns()).isEmpty();
        ReadTable.Row row = table.rows().get(0);
        assertThat(row.code()).isEqualTo("2010301");
        assertThat(row.name()).isEqualTo("行政运行");
        assertThat(row.amounts()).containsEntry("total", new BigDecimal("1000.00")).containsEntry("basic", new BigDecimal("400.00"))
                .containsEntry("project", new BigDecimal("600.00"));
        assertThat(table.rows().get(1).amounts()).doesNotContainKey("project");
        assertThat(table.toWanYuan()).isEqualByComparingTo("0.0001");
    }
}
