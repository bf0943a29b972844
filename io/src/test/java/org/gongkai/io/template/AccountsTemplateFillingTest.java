package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.junit.jupiter.api.Test;

/**
 * The blank 决算 workbook helps the department that fills it by hand as the budget one does: it explains itself,
 * drops down codes, kinds, sources and balance items, prompts for amounts and counts, reads what people type (formulas
 * by their result) and names the sheet, cell and column of what it cannot read.
 */
class AccountsTemplateFillingTest {

    private static final int YEAR = 2023;
    private static final Department DEPARTMENT = new Department("101", "测试部门");
    private static final FinalAccounts BLANK = new FinalAccounts(DepartmentBudget.builder(YEAR, DEPARTMENT).build(),
            null, null, null, null, null, null);
    private static final FundingSource GENERAL = FundingSource.GENERAL_PUBLIC_BUDGET;

    @Test
    void theFirstSheetExplainsTheFinalAccountsWorkbookAndEveryColumn() throws Exception {
        try (Workbook workbook = open(AccountsTemplateRoundTripTest.accounts(BLANK))) {
            String text = instructions(workbook);
            assertThat(text).contains("测试部门 2023 年部门决算公开数据填报模板", "部门决算公开的数据", "决算年度",
                    "机关运行经费决算数（万元）", "年初预算数（万元）", "填写不小于 0 的整数", "满分 100 分",
                    "支出!G7（决算数（万元））：“约300”不是金额");
        }
    }

    @Test
    void everyColumnThatTakesAChoiceACodeAnAmountOrACountHasItsAid() throws Exception {
        try (XSSFWorkbook workbook = open(AccountsTemplateRoundTripTest.accounts(BLANK))) {
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("代码"))).isTrue();
            assertThat(listOf(workbook, "支出", 0)).contains("2010101 行政运行").hasSizeGreaterThan(300);
            assertThat(listOf(workbook, "基本支出", 0)).contains("30101 基本工资");
            assertThat(workbook.getSheet("支出").getRow(1).getCell(1).getCellFormula()).as("the name follows the code")
                    .contains("VLOOKUP", "A2");
            assertThat(choices(workbook, "支出", 2)).containsExactlyElementsOf(TemplateLabels.KINDS.values());
            assertThat(choices(workbook, "支出", 3)).containsExactlyElementsOf(TemplateLabels.SOURCES.values());
            assertThat(choices(workbook, "收入", 0)).containsExactlyElementsOf(TemplateLabels.SOURCES.values());
            assertThat(choices(workbook, "结转结余", 0)).containsExactly("年初结转和结余", "年末结转和结余", "使用非财政拨款结余",
                    "用事业基金弥补收支差", "结余分配");
            assertThat(choices(workbook, "结转结余", 1)).containsExactlyElementsOf(TemplateLabels.SOURCES.values());
            assertThat(choices(workbook, "绩效自评", 1)).containsExactly("是", "否");
            for (int column : new int[] {4, 5, 6}) {
                DataValidation amount = validation(workbook.getSheet("支出"), column);
                assertThat(amount.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
                assertThat(amount.getPromptBoxText()).contains("万元", "6 位小数");
            }
            for (int column = 6; column <= 11; column++) {
                DataValidation count = validation(workbook.getSheet("三公"), column);
                assertThat(count.getValidationConstraint().getValidationType()).as("三公 column " + column).isEqualTo(ValidationType.INTEGER);
                assertThat(count.getPromptBoxText()).contains("不小于 0 的整数");
                assertThat(count.getErrorBoxText()).contains("整数");
            }
            for (String sheet : List.of("政府采购", "绩效自评", "结转结余")) {
                assertThat(workbook.getSheet(sheet).getDataValidations()).as(sheet).isNotEmpty();
            }
            Sheet info = workbook.getSheet("基本信息");
            assertThat(validationAt(info, rowOf(info, "机关运行经费决算数（万元）"), 1).getPromptBoxText()).contains("实际支出", "万元");
            Sheet three = workbook.getSheet("三公");
            assertThat(List.of(rowOf(three, "本年预算数"), rowOf(three, "本年决算数"), rowOf(three, "上年"))).containsExactly(1, 2, 3);
        }
    }

    @Test
    void aWorkbookFilledByHandReadsBackToTheAccounts() throws Exception {
        byte[] filled = fill(AccountsTemplateRoundTripTest.accounts(BLANK), workbook -> {
            Sheet info = workbook.getSheet("基本信息");
            set(workbook, "基本信息", "B" + (rowOf(info, "机关运行经费决算数（万元）") + 1), "12.5万元");
            set(workbook, "收入", "A2", "一般公共预算", "1,200.50");
            set(workbook, "收入", "A3", "事业收入", "２０");
            set(workbook, "支出", "A2", "2010101 行政运行", "", "基本支出", "一般公共预算", "100", "110", "108.5");
            set(workbook, "支出", "A3", "2010102", "", "项目支出", "一般公共预算", "", "", "");
            Row line = workbook.getSheet("支出").getRow(2);
            line.getCell(4).setCellValue(50);
            // Typed as a formula, kept by Excel with its last result, which is what is read.
            line.getCell(6).setCellFormula("E3-5");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(line.getCell(6));
            set(workbook, "支出", "C4", "基本支出", "事业收入", "", "", "20万");
            workbook.getSheet("支出").getRow(3).createCell(0).setCellValue(2080501.0);
            set(workbook, "支出", "A5", "2010199 其他政府办公厅（室）及相关机构事务支出", "", "项目支出", "一般公共预算", "", "8", "");
            set(workbook, "基本支出", "A2", "30101 基本工资", "", "人员经费", "108.5");
            set(workbook, "结转结余", "A2", "年初结转和结余", "一般公共预算", "10");
            set(workbook, "结转结余", "A3", "年末结转和结余", "一般公共预算", "2.5");
            set(workbook, "结转结余", "A4", "结余分配", "", "1");
            set(workbook, "三公", "B2", "", "3", "", "4", "5");
            set(workbook, "三公", "B3", "", "2.5", "", "3", "4", "0", "3", "1", "4", "12", "60");
            set(workbook, "政府采购", "A2", "1", "", "2", "0.5");
            set(workbook, "绩效自评", "A2", "测试部门", "是", "110", "108.5", "95", "优");
            set(workbook, "绩效自评", "A3", "测试项目", "", "50", "45", "88.5", "良");
            set(workbook, "自评指标", "A2", "1", "", "预算执行率", "100%", "98.6%");
            set(workbook, "自评指标", "A3", "", "测试项目", "完成率", "100%", "100%");
        });
        FinalAccounts read = TemplateReader.readAccounts("填好的决算.xlsx", filled);
        DepartmentBudget actuals = DepartmentBudget.builder(YEAR, DEPARTMENT)
                .operatingCost(new BigDecimal("12.50"))
                .income(new Income(GENERAL, new BigDecimal("1200.50"), false))
                .income(new Income(FundingSource.PUBLIC_SERVICE_INCOME, new BigDecimal("20.00"), false))
                .expenditure(line("2010101", ExpenditureKind.BASIC, GENERAL, "108.50"))
                .expenditure(line("2010102", ExpenditureKind.PROJECT, GENERAL, "45.00"))
                .expenditure(line("2080501", ExpenditureKind.BASIC, FundingSource.PUBLIC_SERVICE_INCOME, "20.00"))
                .basic(new BasicEconomicLine(EconomicCode.of("30101"), BasicCostKind.PERSONNEL, new BigDecimal("108.50")))
                .threePublic(GENERAL, new ThreePublicAmounts(null, new BigDecimal("2.50"), null, new BigDecimal("3.00"), new BigDecimal("4.00")))
                .performance(new DepartmentPerformance(List.of(), List.of(), List.of()))
                .narrative(Map.of())
                .build();
        FinalAccounts expected = new FinalAccounts(actuals,
                List.of(budgeted("2010101", ExpenditureKind.BASIC, "100", "110"), budgeted("2010102", ExpenditureKind.PROJECT, "50", null),
                        budgeted("2010199", ExpenditureKind.PROJECT, null, "8")),
                new Balances(List.of(new CarryForward(GENERAL, new BigDecimal("10"))), List.of(new CarryForward(GENERAL, new BigDecimal("2.5"))),
                        null, null, new BigDecimal("1")),
                new ThreePublicAmounts(null, new BigDecimal("3"), null, new BigDecimal("4"), new BigDecimal("5")),
                new ThreePublicCounts(0, 3, 1, 4, 12, 60),
                new ProcurementSplit(new BigDecimal("1"), null, new BigDecimal("2"), new BigDecimal("0.5")),
                List.of(new SelfEvaluation("测试部门", true, new BigDecimal("110"), new BigDecimal("108.5"), new BigDecimal("95"), "优",
                                List.of(new SelfEvaluation.Result("预算执行率", "100%", "98.6%"))),
                        new SelfEvaluation("测试项目", false, new BigDecimal("50"), new BigDecimal("45"), new BigDecimal("88.5"), "良",
                                List.of(new SelfEvaluation.Result("完成率", "100%", "100%")))));
        assertThat(read.actuals().expenditures()).containsExactlyElementsOf(actuals.expenditures());
        assertThat(read.budgeted()).containsExactlyElementsOf(expected.budgeted());
        assertThat(read.evaluations()).containsExactlyElementsOf(expected.evaluations());
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void everyBadCellIsRefusedAtItsCellSayingWhatWasExpectedAndNothingIsRead() throws Exception {
        byte[] filled = fill(AccountsTemplateRoundTripTest.accounts(BLANK), workbook -> {
            set(workbook, "收入", "A2", "一般公共预算", "十万");
            set(workbook, "支出", "A2", "2010101 行政运行", "", "基本支出", "一般公共预算", "100", "100", "100");
            set(workbook, "支出", "A3", "2999999", "", "项目支出", "一般公共预算", "10", "", "9");
            set(workbook, "支出", "A4", "2010102", "", "项目支出", "一般公共预算", "10", "", "约300");
            set(workbook, "支出", "A5", "2010102", "", "经营费", "事业收入", "", "", "3");
            set(workbook, "支出", "A6", "2010102", "", "项目支出", "一般公共预算", "", "", "");
            set(workbook, "结转结余", "A2", "年初结转和结余", "", "10");
            set(workbook, "结转结余", "A3", "结余分配", "一般公共预算", "1");
            set(workbook, "结转结余", "A4", "结余分配", "", "2");
            set(workbook, "三公", "I2", "3");
            set(workbook, "三公", "G3", "-1", "2.5");
            set(workbook, "政府采购", "A2", "1", "2", "3", "1");
            set(workbook, "政府采购", "A3", "4");
            set(workbook, "绩效自评", "A2", "测试部门", "整体", "10", "9", "120", "优");
        });
        InvalidModelException refused = catchThrowableOfType(() -> TemplateReader.readAccounts("决算.xlsx", filled),
                InvalidModelException.class);
        assertThat(refused).as("refused as a whole").isNotNull();
        String money = "应填写数字（单位：万元，最多 6 位小数）";
        assertThat(refused.problems()).extracting(ModelProblem::toString).containsExactlyInAnyOrder(
                "收入!B2（决算数（万元））：“十万”不是金额，" + money,
                "支出!A3（功能分类科目编码）：科目编码 2999999 不在 2023 年支出功能分类的项级科目中，应从下拉列表选择（也可只填 7 位编码）",
                "支出!G4（决算数（万元））：“约300”不是金额，" + money,
                "支出!C5（支出类型）：“经营费”不是可选项，应为 基本支出、项目支出、经营支出、上缴上级支出、对附属单位补助支出 之一",
                "支出!G6（决算数（万元））：必须填写，" + money,
                "结转结余!B2（资金来源）：必须填写，应从下拉列表选择：" + String.join("、", TemplateLabels.SOURCES.values()),
                "结转结余!B3（资金来源）：“结余分配”不分资金来源，应不填",
                "结转结余!A4（项目）：“结余分配”已在第 3 行填写，只能填一行",
                "三公!I2（因公出国（境）团组数（个））：实物量只在“本年决算数”一行填写",
                "三公!G3（公务用车购置数（辆））：“-1”是负数，应填写不小于 0 的整数",
                "三公!H3（公务用车保有量（辆））：“2.5”不是整数，应填写整数",
                "工作表“政府采购”第 3 行：“政府采购”只填一行（第 2 行），这一行是多出来的",
                "绩效自评!B2（是否部门整体）：“整体”不是可选项，应为 是、否 之一",
                "绩效自评!E2（自评得分）：“120”超过满分，应填写 0 到 100 之间的得分");
    }

    private static List<String> choices(XSSFWorkbook workbook, String sheet, int column) {
        DataValidation validation = validation(workbook.getSheet(sheet), column);
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        assertThat(validation.getErrorStyle()).as("a choice is refused in Excel").isEqualTo(DataValidation.ErrorStyle.STOP);
        return List.of(validation.getValidationConstraint().getExplicitListValues());
    }

    private static ExpenditureLine line(String code, ExpenditureKind kind, FundingSource source, String amount) {
        return new ExpenditureLine(FunctionCode.of(code), kind, source, false, new BigDecimal(amount));
    }

    private static BudgetedLine budgeted(String code, ExpenditureKind kind, String initial, String adjusted) {
        return new BudgetedLine(FunctionCode.of(code), kind, GENERAL, initial == null ? null : new BigDecimal(initial),
                adjusted == null ? null : new BigDecimal(adjusted));
    }
}
