package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.accounts.ValidAccounts;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.io.importing.source.ImportException;
import org.junit.jupiter.api.Test;

/**
 * The 决算 workbook carries whole final accounts: written out, filled in and read back, nothing is lost; and a budget
 * workbook is never taken for a 决算 one, nor the other way round.
 */
class AccountsTemplateRoundTripTest {

    private static final FundingSource GENERAL = FundingSource.GENERAL_PUBLIC_BUDGET;

    @Property(tries = 20)
    void writtenAccountsReadBackToTheSameAccounts(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                  @ForAll @IntRange(min = 1, max = 40) int lines) throws Exception {
        FinalAccounts accounts = ValidAccounts.random(seed, lines).accounts();
        assertReadsBackEqual(accounts);
    }

    /**
     * What the random accounts never have: balances of several sources listed in different orders, the three flows,
     * budgeted and spent lines in different orders with lines of only one of the two, a whole-department evaluation with
     * its indicators, and blank parts left blank.
     */
    @Test
    void everyPartOfTheAccountsSurvivesARoundTrip() throws Exception {
        FinalAccounts random = ValidAccounts.random(11, 12).accounts();
        List<ExpenditureLine> spent = random.actuals().expenditures();
        ExpenditureLine first = spent.get(0);
        ExpenditureLine unitFunds = new ExpenditureLine(FunctionCode.of("2010102"), ExpenditureKind.OPERATING,
                FundingSource.OPERATING_INCOME, false, new BigDecimal("3.5"));
        List<BudgetedLine> budgeted = new java.util.ArrayList<>(random.budgeted());
        java.util.Collections.reverse(budgeted);
        budgeted.add(new BudgetedLine(FunctionCode.of("2010199"), ExpenditureKind.PROJECT, GENERAL, new BigDecimal("12"), null));
        budgeted.add(new BudgetedLine(first.functionCode(), first.kind(), first.source(), null, new BigDecimal("0.000001")));
        List<ExpenditureLine> allSpent = new java.util.ArrayList<>(spent);
        allSpent.add(unitFunds);
        DepartmentBudget actuals = random.actuals().toBuilder().expenditures(allSpent).build();
        Balances balances = new Balances(
                List.of(new CarryForward(GENERAL, new BigDecimal("10")), new CarryForward(FundingSource.PUBLIC_SERVICE_INCOME, new BigDecimal("2"))),
                List.of(new CarryForward(FundingSource.PUBLIC_SERVICE_INCOME, new BigDecimal("1")), new CarryForward(GENERAL, new BigDecimal("4.25"))),
                new BigDecimal("0.5"), new BigDecimal("1.25"), new BigDecimal("0"));
        List<SelfEvaluation> evaluations = List.of(
                new SelfEvaluation("测试部门整体", true, new BigDecimal("100"), new BigDecimal("98.5"), new BigDecimal("92.5"), "优",
                        List.of(new SelfEvaluation.Result("预算执行率", "100%", "98.5%"), new SelfEvaluation.Result("满意度", "≥90%", null))),
                new SelfEvaluation("没有打分的项目", false, null, null, null, null, List.of()));
        FinalAccounts accounts = new FinalAccounts(actuals, budgeted, balances,
                new ThreePublicAmounts(null, new BigDecimal("3"), null, new BigDecimal("4"), new BigDecimal("5")),
                new ThreePublicCounts(0, 3, null, null, 12, 60), new ProcurementSplit(new BigDecimal("1"), null, new BigDecimal("2"), null),
                evaluations);
        assertReadsBackEqual(accounts);
    }

    @Test
    void aBudgetWorkbookGivenAsFinalAccountsIsRefusedSayingWhatItIs() throws Exception {
        byte[] budget = budget(ValidPackages.random(3, 5));
        assertThatThrownBy(() -> TemplateReader.readAccounts("预算.xlsx", budget)).isInstanceOf(ImportException.class)
                .hasMessage("预算.xlsx：这是部门预算填报模板（“基本信息”中填的是“预算年度”），不能作为部门决算读取；"
                        + "请下载部门决算填报模板，填好后上传");
    }

    @Test
    void aFinalAccountsWorkbookGivenAsABudgetIsRefusedSayingWhatItIs() throws Exception {
        byte[] accounts = accounts(ValidAccounts.random(3, 5).accounts());
        assertThatThrownBy(() -> TemplateReader.read("决算.xlsx", accounts)).isInstanceOf(ImportException.class)
                .hasMessage("决算.xlsx：这是部门决算填报模板（“基本信息”中填的是“决算年度”），不能作为部门预算读取；"
                        + "请下载部门预算填报模板，填好后上传");
        assertThatThrownBy(() -> TemplateReader.readIfTemplate("决算.xlsx", accounts)).as("the intake's check refuses it too")
                .isInstanceOf(ImportException.class).hasMessageContaining("这是部门决算填报模板");
    }

    @Test
    void withTheYearRowRemovedTheSheetsStillTellTheKindsApart() throws Exception {
        byte[] budget = Workbooks.fill(budget(ValidPackages.random(3, 5)), workbook -> removeRow(workbook, "预算年度"));
        assertThatThrownBy(() -> TemplateReader.readAccounts("预算.xlsx", budget)).isInstanceOf(ImportException.class)
                .hasMessageContaining("这是部门预算填报模板（有“采购”工作表）");
        byte[] accounts = Workbooks.fill(accounts(ValidAccounts.random(3, 5).accounts()), workbook -> removeRow(workbook, "决算年度"));
        assertThatThrownBy(() -> TemplateReader.read("决算.xlsx", accounts)).isInstanceOf(ImportException.class)
                .hasMessageContaining("这是部门决算填报模板（有“结转结余”工作表）");
    }

    @Test
    void aWorkbookThatIsNotATemplateOrIsBrokenIsRefusedByName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        assertThatThrownBy(() -> TemplateReader.readAccounts("别的表.xlsx", out.toByteArray())).isInstanceOf(ImportException.class)
                .hasMessage("别的表.xlsx：不是 Gongkai 部门决算数据填报模板（缺少“基本信息”或“支出”工作表）");
        assertThatThrownBy(() -> TemplateReader.readAccounts("坏.xlsx", "PK not really".getBytes())).isInstanceOf(ImportException.class)
                .hasMessageContaining("坏.xlsx");
    }

    @Test
    void aHugeSheetIsRefusedBeforeItIsLoaded() throws Exception {
        byte[] huge = Workbooks.fill(accounts(ValidAccounts.random(3, 5).accounts()), workbook -> {
            var spending = workbook.getSheet("支出");
            for (int r = 3000; r < 3000 + 15_000; r++) {
                Row row = spending.createRow(r);
                for (int c = 0; c < 7; c++) {
                    row.createCell(c).setCellValue(1);
                }
            }
        });
        assertThatThrownBy(() -> TemplateReader.readAccounts("大表.xlsx", huge)).isInstanceOf(ImportException.class)
                .hasMessageContaining("大表.xlsx").hasMessageContaining("单元格数超过");
    }

    private static void assertReadsBackEqual(FinalAccounts accounts) throws Exception {
        FinalAccounts read = TemplateReader.readAccounts("决算模板.xlsx", accounts(accounts));
        for (var component : FinalAccounts.class.getRecordComponents()) {
            if (!component.getName().equals("actuals")) {
                assertThat(component.getAccessor().invoke(read)).as(component.getName()).isEqualTo(component.getAccessor().invoke(accounts));
            }
        }
        for (var component : DepartmentBudget.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(read.actuals())).as("actuals " + component.getName())
                    .isEqualTo(component.getAccessor().invoke(accounts.actuals()));
        }
        assertThat(read).isEqualTo(accounts);
    }

    private static void removeRow(Workbook workbook, String field) {
        var info = workbook.getSheet("基本信息");
        info.removeRow(info.getRow(Workbooks.rowOf(info, field)));
    }

    static byte[] accounts(FinalAccounts accounts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(accounts, out);
        return out.toByteArray();
    }

    private static byte[] budget(DepartmentBudget model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        return out.toByteArray();
    }
}
