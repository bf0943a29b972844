package org.gongkai.io.importing.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.layout.Layouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.gongkai.io.importing.source.Block;

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

    @Test
    void aTablePrintedAsHalvesSideBySideIsReadHalfByHalf() {
        Block.Grid grid = new Block.Grid(List.of(
                List.of("人员经费", "人员经费", "人员经费", "公用经费", "公用经费", "公用经费"),
                List.of("经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"),
                List.of("301", "工资福利支出", "95.36", "302", "商品和服务支出", "10.23"),
                List.of("30101", "基本工资", "14.12", "30201", "办公费", "0.00"),
                List.of("", "", "", "30299", "其他商品和服务支出", "10.23"),
                List.of("人员经费合计", "", "95.36", "公用经费合计", "", "10.23")), "第 13 页", true);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("ACCOUNTS_GENERAL_PUBLIC_BASIC"), 6, "基本支出决算表", "万元",
                null, List.of(grid), "第 13 页");
        assertThat(table.unknownColumns()).isEmpty();
        assertThat(table.rows()).extracting(r -> r.side() + " " + (r.code() == null ? r.name() : r.code()) + " " + r.amounts().get("amount"))
                .containsExactly("left 301 95.36", "left 30101 14.12", "left 人员经费合计 95.36",
                        "right 302 10.23", "right 30201 0.00", "right 30299 10.23", "right 公用经费合计 10.23");
        assertThat(table.rows().get(2).line()).as("both totals close the same printed line").isEqualTo(table.rows().get(6).line());
    }

    @Test
    void theThreePublicBudgetAndActualPairsAreToldApartUnderAHeaderThatSaysGeneralPublicBudget() {
        Block.Grid grid = new Block.Grid(List.of(
                List.of("一般公共预算财政拨款“三公”经费", "", "", "", "", "", "", "", "", "", "", ""),
                List.of("合计", "", "因公出国（境）费", "", "公务用车购置及运行维护费", "", "", "", "", "", "公务接待费", ""),
                List.of("", "", "", "", "小计", "", "公务用车购置费", "", "公务用车运行维护费", "", "", ""),
                List.of("预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数", "预算数", "决算数"),
                List.of("6.00", "5.20", "0", "0", "4.00", "3.50", "0", "0", "4.00", "3.50", "2.00", "1.70")), "第 20 行");
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("ACCOUNTS_THREE_PUBLIC"), 9, "“三公”经费支出决算表", "万元",
                null, List.of(grid), "第 20 行");
        assertThat(table.unknownColumns()).isEmpty();
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.amounts())
                .containsEntry("budgetTotal", new BigDecimal("6.00")).containsEntry("actualTotal", new BigDecimal("5.20"))
                .containsEntry("budgetVehicle", new BigDecimal("4.00")).containsEntry("actualVehicleOperation", new BigDecimal("3.50"))
                .containsEntry("budgetReception", new BigDecimal("2.00")).containsEntry("actualReception", new BigDecimal("1.70")));
    }

    @Test
    void aLabelWrappedOverTwoHeaderRowsIsOneLabel() {
        Block.Grid grid = new Block.Grid(List.of(
                List.of("科目编码", "科目名称", "合计", "基本", "项目"),
                List.of("", "", "", "支出", "支出"),
                List.of("", "合计", "10.00", "4.00", "6.00")), "第 1 页", false);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("EXPENDITURE"), 3, "支出总表", "万元", null, List.of(grid), "第 1 页");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("合计");
            assertThat(row.amounts()).containsEntry("basic", new BigDecimal("4.00")).containsEntry("project", new BigDecimal("6.00"));
        });
    }

    @Test
    void theThreePublicTableInYearBlocksGivesTheYearsOwnPartsAndNeverItsChanges() {
        String parts = "一般公共预算拨款安排的“三公”经费预算";
        Block.Grid grid = new Block.Grid(List.of(
                List.of("单位名称", "2024年", "2024年", "2024年", "2024年", "2024年", "2024年", "2024年", "2025年", "2025年", "2025年", "2025年", "2025年", "2025年", "2025年", "增减变化情况", "增减变化情况", "增减变化情况", "增减变化情况", "增减变化情况", "增减变化情况", "增减变化情况"),
                List.of("", "合计", parts, parts, parts, parts, parts, parts, "合计", parts, parts, parts, parts, parts, parts, "合计", parts, parts, parts, parts, parts, parts),
                List.of("", "", "小计", "因公出国（境）费用", "公务接待费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "", "小计", "因公出国（境）费用", "公务接待费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "", "小计", "因公出国（境）费用", "公务接待费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费"),
                List.of("", "", "", "", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "", "小计", "公务用车购置费", "公务用车运行费", "", "", "", "", "小计", "公务用车购置费", "公务用车运行费"),
                List.of("合计", "30.00", "30.00", "5.00", "10.00", "15.00", "3.00", "12.00", "21.00", "21.00", "0", "9.00", "12.00", "1.00", "11.00", "-9.00", "-9.00", "-5.00", "-1.00", "-3.00", "-2.00", "-1.00")),
                "第 30 页", true);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("THREE_PUBLIC"), 13, "“三公”经费预算表", "万元", null, List.of(grid), "第 30 页");
        assertThat(table.rows().get(0).amounts()).containsEntry("total", new BigDecimal("21.00")).containsEntry("abroad", new BigDecimal("0"))
                .containsEntry("reception", new BigDecimal("9.00")).containsEntry("vehicle", new BigDecimal("12.00"))
                .containsEntry("vehiclePurchase", new BigDecimal("1.00")).containsEntry("vehicleOperation", new BigDecimal("11.00"))
                .doesNotContainKey("fiscalGeneral");
    }

    @Test
    void aSummaryPrintingSeveralBreakdownsOfItsExpenditureGivesEachBreakdownItsOwnRows() {
        Block.Grid grid = new Block.Grid(List.of(
                List.of("收入", "收入", "支出", "支出", "支出", "支出"),
                List.of("项目", "预算数", "支出功能分类科目", "预算数", "部门预预算算", "数支出经济分类科目"),
                List.of("1、财政拨款", "100.00", "1、一般公共服务支出", "80.00", "1、人员经费和公用经费支出", "60.00"),
                List.of("", "", "2、住房保障支出", "20.00", "2、专项业务经费支出", "40.00"),
                List.of("收入总计", "100.00", "支出总计", "100.00", "支出总计", "100.00")), "第 3 页", true);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("SUMMARY"), 1, "收支总表", "万元", null, List.of(grid), "第 3 页");
        assertThat(table.rows()).filteredOn(r -> "expenditure".equals(r.side()))
                .extracting(r -> r.name() + " " + r.amounts().get("total"))
                .contains("1、一般公共服务支出 80.00", "1、人员经费和公用经费支出 60.00", "2、专项业务经费支出 40.00",
                        "2、住房保障支出 20.00");
    }

    @Test
    void aThreePublicTableWhoseRowsSayBudgetAndActualIsReadByItsRowLabels() {
        String parts = "财政拨款安排的“三公”经费";
        Block.Grid grid = new Block.Grid(List.of(
                List.of("项目", parts, parts, parts, parts, parts, parts),
                List.of("", "小计", "因公出国（境）费用", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务用车购置及运行维护费", "公务接待费"),
                List.of("", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""),
                List.of("栏次", "1", "2", "3", "4", "5", "6"),
                List.of("预算数", "50.00", "", "45.00", "10.00", "35.00", "5.00"),
                List.of("决算数", "48.00", "", "44.00", "10.00", "34.00", "4.00")), "第 9 页", true);
        ReadTable table = LayoutTableReader.read(Layouts.builtIn().table("ACCOUNTS_THREE_PUBLIC"), 9, "“三公”经费支出决算表", "万元",
                null, List.of(grid), "第 9 页");
        assertThat(table.rows()).extracting(ReadTable.Row::name).containsExactly("预算数", "决算数");
        assertThat(table.rows().get(0).amounts()).containsEntry("budgetTotal", new BigDecimal("50.00"))
                .containsEntry("budgetVehiclePurchase", new BigDecimal("10.00")).doesNotContainKey("actualTotal");
        assertThat(table.rows().get(1).amounts()).containsEntry("actualTotal", new BigDecimal("48.00"))
                .containsEntry("actualVehicleOperation", new BigDecimal("34.00")).containsEntry("actualReception", new BigDecimal("4.00"));
    }
}
