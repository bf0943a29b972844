package org.gongkai.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The layout data recognises each region's printed titles and headers as the same semantic tables and columns. */
class LayoutsTest {

    private final Layouts layouts = Layouts.builtIn();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "部门预算收支总表|SUMMARY",
        "2025年预算单位财务收支预算总表|SUMMARY",
        "公开01表 收支预算总表|SUMMARY",
        "2025年部门收入预算总表|INCOME",
        "部门支出预算总表|EXPENDITURE",
        "部门预算财政拨款收支总表|FISCAL_SUMMARY",
        "2018 年度江苏省高级人民法院财政拨款收支预算总表|FISCAL_SUMMARY",
        "部门预算一般公共预算财政拨款支出表|GENERAL_PUBLIC_EXPENDITURE",
        "2025年部门一般公共预算支出功能分类预算表|GENERAL_PUBLIC_EXPENDITURE",
        "一般公共预算支出预算表（功能科目）|GENERAL_PUBLIC_EXPENDITURE",
        "部门预算一般公共预算财政拨款基本支出表|GENERAL_PUBLIC_BASIC",
        "2025年预算单位一般公共预算基本支出部门预算经济分类预算表|GENERAL_PUBLIC_BASIC",
        "部门预算政府性基金预算财政拨款支出表|GOVERNMENT_FUND_EXPENDITURE",
        "财政拨款政府性基金支出预算表|GOVERNMENT_FUND_EXPENDITURE",
        "部门国有资本经营预算支出功能分类预算表|STATE_CAPITAL_EXPENDITURE",
        "部门预算财政拨款“三公”经费支出表|THREE_PUBLIC",
        "2025年单位“三公”经费和机关运行经费预算表|THREE_PUBLIC",
        "一般公共预算“三公”经费、会议费、培训费支出预算表|THREE_PUBLIC",
        "财政拨款支出预算表（功能科目）|FISCAL_EXPENDITURE",
        "财政拨款基本支出预算表|FISCAL_BASIC",
        "一般公共预算机关运行经费支出预算表|OPERATING_COST",
        "政府采购支出预算表|PROCUREMENT"})
    void aRegionsTitleNamesItsTable(String title, String id) {
        assertThat(layouts.byTitle(title)).map(TableLayout::id).contains(id);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "SUMMARY|本年收入/项目|item",
        "SUMMARY|本年收入/预算数|amount",
        "SUMMARY|本年支出/预算数/合计|total",
        "SUMMARY|本年支出/预算数/基本支出/人员经费|personnel",
        "SUMMARY|本年支出/预算数/项目支出|project",
        "SUMMARY|支出/功能分类/金额|total",
        "SUMMARY|支出/支出用途/项目名称|useItem",
        "EXPENDITURE|单位预留机动经费|reserve",
        "EXPENDITURE|支出预算/项目支出|project",
        "INCOME|收入预算/事业单位经营收入|operatingIncome",
        "INCOME|收入预算/事业收入|business",
        "THREE_PUBLIC|\"三公\"经费预算数/公务用车购置及运行费/小计|vehicle",
        "THREE_PUBLIC|\"三公\"经费预算数/公务用车购置及运行费/购置费|vehiclePurchase",
        "THREE_PUBLIC|\"三公\"经费/公务用车购置及运行维护费/运行维护费|vehicleOperation",
        "THREE_PUBLIC|合计|grandTotal",
        "THREE_PUBLIC|\"三公\"经费/小计|total",
        "THREE_PUBLIC|机关运行经费预算数|operatingCost",
        "GENERAL_PUBLIC_BASIC|一般公共预算基本支出/公用经费|publicFunds"})
    void aHeaderPathNamesItsColumn(String table, String path, String key) {
        assertThat(layouts.table(table).columnFor(path)).map(LayoutColumn::key).contains(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"上海市普陀区2025年区级单位预算", "一、部门预算编制说明", "公开表说明：本表反映…"})
    void aHeadingThatIsNoTableTitleNamesNoTable(String text) {
        assertThat(layouts.byTitle(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {"江苏省人民检察院|2018|true", "江苏省人民检察院|2025|false", "上海市普陀区商务委员会|2025|false"})
    void aRegionsPackageOmitsOnlyWhatItsDataSays(String department, int year, boolean omitsStateCapital) {
        boolean omits = layouts.regionOf(department, year).map(r -> layouts.omittedTables(r, year).contains("STATE_CAPITAL_EXPENDITURE"))
                .orElse(false);
        assertThat(omits).isEqualTo(omitsStateCapital);
    }
}
