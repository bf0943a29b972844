package org.gongkai.io.importing.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;

/**
 * 栏次 rows, 序号 and 行次 columns number the table; they are structure, never amounts, names or data rows — however they
 * are printed (labelled or not, from the first column or after lettered text columns).
 */
class StructuralNumbersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"栏次|1|2|3|4", "|1|2|3|4", "1|2|3|4|5", "栏次|甲|乙|1|2", "栏 次|||1|2", "|甲|乙|丙|1|2|3"})
    void aRowNumberingTheColumnsIsStructure(String row) {
        assertThat(Cells.isColumnNumbering(List.of(row.split("\\|", -1)))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1|合计|2|3", "|2|3|4", "5|6|7", "1|3|4", "1||", "序号|收入|支出", "|1.00|2.00|3.00"})
    void aRowOfDataOrHeaderIsNoColumnNumbering(String row) {
        assertThat(Cells.isColumnNumbering(List.of(row.split("\\|", -1)))).isFalse();
    }

    @Test
    void unlabelledColumnNumbersUnderTheHeaderAreNeitherHeaderNorData() {
        ReadTable table = read("EXPENDITURE", List.of(
                List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                List.of("1", "2", "3", "4", "5"),
                List.of("", "合计", "10.00", "4.00", "6.00"),
                List.of("2010301", "行政运行", "10.00", "4.00", "6.00")));
        assertThat(table.rows()).extracting(ReadTable.Row::name).containsExactly("合计", "行政运行");
        assertThat(table.rows().get(0).amounts()).containsEntry("total", new BigDecimal("10.00"));
    }

    @Test
    void aLineNumberColumnBesideTheItemIsNeitherItsNameNorAnAmount() {
        ReadTable table = read("SUMMARY", List.of(
                List.of("收入", "收入", "收入", "支出", "支出", "支出"),
                List.of("项目", "行次", "预算数", "项目", "行次", "预算数"),
                List.of("一、一般公共预算拨款收入", "1", "100.00", "一、一般公共服务支出", "1", "100.00"),
                List.of("收入总计", "2", "100.00", "支出总计", "2", "100.00")));
        assertThat(table.unknownColumns()).isEmpty();
        assertThat(table.rows()).extracting(r -> r.side() + " " + r.name() + " " + r.amounts())
                .containsExactly("income 一、一般公共预算拨款收入 {amount=100.00}", "expenditure 一、一般公共服务支出 {total=100.00}",
                        "income 收入总计 {amount=100.00}", "expenditure 支出总计 {total=100.00}");
    }

    @Test
    void theOlderGridReaderLeavesALineNumberColumnOutOfTheNames() {
        GridLayout layout = GridLayout.of(List.of(List.of("项目", "行次", "合计")), org.gongkai.io.importing.recognise.Layouts.SPECS.get(org.gongkai.core.tables.StandardTable.THREE_PUBLIC));
        assertThat(layout.numbering(1)).isTrue();
        assertThat(layout.columnOf(1)).isEqualTo(-1);
        assertThat(layout.columnOf(2)).isEqualTo(1);
    }

    private static ReadTable read(String layout, List<List<String>> rows) {
        return LayoutTableReader.read(org.gongkai.core.layout.Layouts.builtIn().table(layout), 1, "表", "万元", null,
                List.of(new Block.Grid(rows, "第 1 页", true)), "第 1 页");
    }
}
