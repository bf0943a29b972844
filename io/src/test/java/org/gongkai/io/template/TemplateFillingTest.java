package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.gongkai.io.template.Workbooks.fill;
import static org.gongkai.io.template.Workbooks.instructions;
import static org.gongkai.io.template.Workbooks.listOf;
import static org.gongkai.io.template.Workbooks.open;
import static org.gongkai.io.template.Workbooks.rowOf;
import static org.gongkai.io.template.Workbooks.set;
import static org.gongkai.io.template.Workbooks.text;
import static org.gongkai.io.template.Workbooks.validation;
import static org.gongkai.io.template.Workbooks.validationAt;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The blank template helps the department that fills it by hand: it explains itself, drops down codes with their
 * names, shows the name of a typed code, prompts for amounts in 万元, reads amounts and codes as people write them and
 * names the sheet, cell and column of what it cannot read.
 */
class TemplateFillingTest {

    private static final int YEAR = 2023;
    private static final YearCatalog CATALOG = ClassificationCatalog.builtIn().forYear(YEAR);
    private static final DepartmentBudget BLANK = DepartmentBudget.builder(YEAR, new Department("101", "测试部门")).build();

    @Test
    void theFirstSheetExplainsTheTemplateAndNamesEverySheetTheDepartmentFills() throws Exception {
        try (Workbook workbook = open(write(BLANK))) {
            String text = instructions(workbook);
            assertThat(text).contains("测试部门", "2023 年", "万元", "6 位小数", "120万", "1,200.50",
                    "2023 年支出功能分类的项级科目", "2023 年部门支出经济分类的款级科目", "2010101 行政运行", "上传",
                    "支出!F7（金额（万元））：“约300”不是金额");
        }
    }

    @Test
    void codeColumnsDropDownEveryCodeOfTheYearWithItsName() throws Exception {
        try (XSSFWorkbook workbook = open(write(BLANK))) {
            List<String> functions = listOf(workbook, "支出", 0);
            List<String> items = CATALOG.functionsInForce().values().stream()
                    .filter(e -> FunctionCode.of(e.code()).level() == CodeLevel.ITEM).map(e -> e.code() + " " + e.name()).toList();
            assertThat(functions).containsExactlyElementsOf(items).contains("2010101 行政运行").hasSizeGreaterThan(300);
            List<String> economics = listOf(workbook, "基本支出", 0);
            assertThat(economics).contains("30101 基本工资", "30102 津贴补贴").allMatch(e -> e.matches("\\d{5} \\S.*"));
            assertThat(economics).hasSize((int) CATALOG.departmentEconomicsInForce().keySet().stream().filter(c -> c.length() == 5).count());
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("代码"))).isTrue();
        }
    }

    @Test
    void codeChoiceAndAmountCellsPromptForWhatTheyTakeAndOnlyChoicesAreRefusedInExcel() throws Exception {
        try (XSSFWorkbook workbook = open(write(BLANK))) {
            DataValidation code = validation(workbook.getSheet("支出"), 0);
            assertThat(code.getShowPromptBox()).isTrue();
            assertThat(code.getPromptBoxText()).contains("2023 年支出功能分类的项级科目", "2010101 行政运行", "7 位编码");
            assertThat(code.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
            DataValidation economic = validation(workbook.getSheet("基本支出"), 0);
            assertThat(economic.getPromptBoxText()).contains("部门支出经济分类的款级科目");
            for (String sheet : List.of("支出", "收入", "基本支出")) {
                Sheet lines = workbook.getSheet(sheet);
                DataValidation amount = validation(lines, lines.getRow(0).getLastCellNum() - 1);
                assertThat(amount.getValidationConstraint().getValidationType()).as(sheet).isEqualTo(DataValidationConstraint.ValidationType.DECIMAL);
                assertThat(amount.getShowPromptBox()).isTrue();
                assertThat(amount.getPromptBoxText()).contains("万元", "6 位小数", "120万");
                assertThat(amount.getErrorStyle()).as("「120万」 is read on upload, so Excel only warns")
                        .isEqualTo(DataValidation.ErrorStyle.WARNING);
                assertThat(amount.getErrorBoxText()).contains("万元");
            }
            DataValidation kind = validation(workbook.getSheet("支出"), 2);
            assertThat(kind.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(kind.getPromptBoxText()).contains("基本支出", "项目支出");
            assertThat(validationAt(workbook.getSheet("基本信息"), rowOf(workbook.getSheet("基本信息"), "机关运行经费（万元）"), 1)
                    .getPromptBoxText()).contains("万元");
        }
    }

    @Test
    void theNameCellFollowsItsCodeCellByFormula() throws Exception {
        DepartmentBudget model = java.util.stream.LongStream.rangeClosed(1, 20).mapToObj(seed -> ValidPackages.random(seed, 5))
                .filter(m -> !m.basicEconomic().isEmpty()).findFirst().orElseThrow();
        try (XSSFWorkbook workbook = open(write(model))) {
            assertThat(workbook.getForceFormulaRecalculation()).isTrue();
            Sheet spending = workbook.getSheet("支出");
            Cell written = spending.getRow(1).getCell(1);
            assertThat(written.getCellFormula()).contains("A2");
            String code = model.expenditures().get(0).functionCode().value();
            assertThat(written.getStringCellValue()).as("shown before any recalculation").isEqualTo(CATALOG.functionName(code));
            int blank = model.expenditures().size() + 3;
            assertThat(spending.getRow(blank - 1).getCell(1).getCellFormula()).contains("A" + blank);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (Object typed : List.of("2010101 行政运行", "2010101", "2010101　行政运行", 2010101.0)) {
                Cell codeCell = spending.getRow(blank - 1).createCell(0);
                if (typed instanceof Double number) {
                    codeCell.setCellValue(number);
                } else {
                    codeCell.setCellValue((String) typed);
                }
                assertThat(shown(evaluator, spending.getRow(blank - 1).getCell(1))).as(typed.toString())
                        .isEqualTo("行政运行");
            }
            spending.getRow(blank - 1).getCell(0).setCellValue("2010102 行政运行");
            assertThat(shown(evaluator, spending.getRow(blank - 1).getCell(1))).as("the code decides")
                    .isEqualTo("一般行政管理事务");
            spending.getRow(blank - 1).getCell(0).setCellValue("");
            assertThat(shown(evaluator, spending.getRow(blank - 1).getCell(1))).isEmpty();
            Sheet basic = workbook.getSheet("基本支出");
            assertThat(basic.getRow(1).getCell(0).getStringCellValue()).as("economic codes carry their names")
                    .isEqualTo(model.basicEconomic().get(0).economicCode().value() + " "
                            + CATALOG.economicName(model.basicEconomic().get(0).economicCode()));
            basic.getRow(4).createCell(0).setCellValue("30101");
            assertThat(shown(evaluator, basic.getRow(4).getCell(1))).isEqualTo("基本工资");
        }
    }

    @Test
    void aTemplateFilledByHandWithCodesAndAmountsAsPeopleWriteThemReadsBackToTheModel() throws Exception {
        byte[] filled = fill(write(BLANK), workbook -> {
            set(workbook, "基本信息", "B" + (rowOf(workbook.getSheet("基本信息"), "机关运行经费（万元）") + 1), "12.5万元");
            set(workbook, "收入", "A2", "一般公共预算", "否", "1,200.50");
            set(workbook, "收入", "A3", "一般公共预算", "是", "３");
            set(workbook, "支出", "A2", "2010101 行政运行", "", "基本支出", "一般公共预算", "否", "120万");
            set(workbook, "支出", "A3", "2010102", "", "项目支出", "一般公共预算", "否", " 88 ");
            set(workbook, "支出", "A4", "2080501　行政单位离退休", "", "基本支出", "一般公共预算", "是", "１２０");
            set(workbook, "支出", "C5", "项目支出", "一般公共预算", "否", "0.5");
            workbook.getSheet("支出").getRow(4).createCell(0).setCellValue(2010102.0);
            set(workbook, "基本支出", "A2", "30101 基本工资", "", "人员经费", "120万元");
            set(workbook, "基本支出", "A3", "30102", "", "人员经费", "0.123456");
        });
        DepartmentBudget read = TemplateReader.read("填好的.xlsx", filled);
        FundingSource general = FundingSource.GENERAL_PUBLIC_BUDGET;
        DepartmentBudget expected = DepartmentBudget.builder(YEAR, new Department("101", "测试部门"))
                .operatingCost(new BigDecimal("12.50"))
                .income(new Income(general, new BigDecimal("1200.50"), false))
                .income(new Income(general, new BigDecimal("3.00"), true))
                .expenditure(new ExpenditureLine(FunctionCode.of("2010101"), ExpenditureKind.BASIC, general, false, new BigDecimal("120.00")))
                .expenditure(new ExpenditureLine(FunctionCode.of("2010102"), ExpenditureKind.PROJECT, general, false, new BigDecimal("88.00")))
                .expenditure(new ExpenditureLine(FunctionCode.of("2080501"), ExpenditureKind.BASIC, general, true, new BigDecimal("120.00")))
                .expenditure(new ExpenditureLine(FunctionCode.of("2010102"), ExpenditureKind.PROJECT, general, false, new BigDecimal("0.50")))
                .basic(new BasicEconomicLine(EconomicCode.of("30101"), BasicCostKind.PERSONNEL,
                        new BigDecimal("120.00")))
                .basic(new BasicEconomicLine(EconomicCode.of("30102"), BasicCostKind.PERSONNEL,
                        new BigDecimal("0.123456")))
                .performance(new DepartmentPerformance(List.of(), List.of(), List.of()))
                .narrative(Map.of())
                .build();
        assertThat(read.expenditures()).containsExactlyElementsOf(expected.expenditures());
        assertThat(read.basicEconomic()).containsExactlyElementsOf(expected.basicEconomic());
        assertThat(read.incomes()).containsExactlyElementsOf(expected.incomes());
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "约300     | “约300”不是金额，应填写数字（单位：万元，最多 6 位小数）",
            "-5        | “-5”是负数，应填写不小于 0 的数字（单位：万元，最多 6 位小数）",
            "1e400     | “1e400”不是金额，应填写数字（单位：万元，最多 6 位小数）",
            "120元     | “120元”不是金额，应填写数字（单位：万元，最多 6 位小数）",
            "1.1234567 | “1.1234567”有 7 位小数，应最多 6 位小数（单位：万元，6 位小数即精确到分）",
    })
    void aBadAmountIsRefusedNamingSheetCellAndColumnAndNothingIsRead(String typed, String message) throws Exception {
        byte[] filled = fill(write(BLANK), workbook -> {
            set(workbook, "支出", "A2", "2010101 行政运行", "", "基本支出", "一般公共预算", "否", "10");
            set(workbook, "支出", "A7", "2010101 行政运行", "", "项目支出", "一般公共预算", "否", typed);
        });
        InvalidModelException refused = catchThrowableOfType(() -> TemplateReader.read("填报.xlsx", filled), InvalidModelException.class);
        assertThat(refused).as("refused as a whole, no stack trace").isNotNull();
        assertThat(refused.problems()).extracting(ModelProblem::toString).containsExactly("支出!F7（金额（万元））：" + message);
    }

    @Test
    void everyBadCellOfARowIsReportedWithItsAddressAndHeader() throws Exception {
        byte[] filled = fill(write(BLANK), workbook -> {
            set(workbook, "支出", "A3", "2999999 不存在", "", "经营费", "一般公共预算", "否", "三百");
            set(workbook, "基本支出", "A2", "301", "", "人员经费", "");
            set(workbook, "收入", "A2", "一般公共预算", "否", "-1");
        });
        assertThatThrownBy(() -> TemplateReader.read("填报.xlsx", filled))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("支出!A3（功能分类科目编码）：科目编码 2999999 不在 2023 年支出功能分类的项级科目中")
                .hasMessageContaining("支出!C3（支出类型）：“经营费”不是可选项，应为 基本支出、")
                .hasMessageContaining("支出!F3（金额（万元））：“三百”不是金额")
                .hasMessageContaining("基本支出!A2（经济分类科目编码）：“301”不是 5 位科目编码，应从下拉列表选择 2023 年部门支出经济分类的款级科目")
                .hasMessageContaining("基本支出!D2（金额（万元））：必须填写")
                .hasMessageContaining("收入!C2（金额（万元））：“-1”是负数")
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).hasSize(6));
    }

    /** The name cell as Excel would show it after recalculating. */
    private static String shown(FormulaEvaluator evaluator, Cell cell) {
        evaluator.clearAllCachedResultValues();
        return evaluator.evaluate(cell).getStringValue();
    }

    private static byte[] write(DepartmentBudget model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        return out.toByteArray();
    }
}
