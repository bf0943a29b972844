package org.gongkai.core.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.budget.ExpenditureKind.BASIC;
import static org.gongkai.core.budget.ExpenditureKind.PROJECT;
import static org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET;
import static org.gongkai.core.budget.FundingSource.GOVERNMENT_FUND;
import static org.gongkai.core.budget.FundingSource.PUBLIC_SERVICE_INCOME;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.junit.jupiter.api.Test;

class StandardTablesTest {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    private static List<StatementTable> tables(DepartmentBudget budget) {
        return StandardTables.generateAll(budget, CATALOG);
    }

    @Test
    void generatesTheNineTablesInOfficialOrder() {
        assertThat(tables(Budgets.smallBalanced())).extracting(t -> t.kind().number())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void tablesWithoutTheirAppropriationAreShownEmptyWithTheOfficialNote() {
        List<StatementTable> tables = tables(Budgets.smallBalanced());
        assertThat(tables.get(6).rows()).isEmpty();
        assertThat(tables.get(6).note()).isEqualTo("注：无政府性基金预算财政拨款预算，空表列示。");
        assertThat(tables.get(7).note()).isEqualTo("注：无国有资本经营预算财政拨款预算，空表列示。");
        assertThat(tables.get(4).note()).isNull();
    }

    @Test
    void governmentFundSpendingFillsTableSevenAndTheFundColumnOfTableFour() {
        DepartmentBudget budget = Budgets.department(2023)
                .income(GOVERNMENT_FUND, "40.00")
                .expenditure("2120801", PROJECT, GOVERNMENT_FUND, "40.00")
                .build();
        List<StatementTable> tables = tables(budget);
        StatementTable fund = tables.get(6);
        assertThat(fund.rows()).extracting(r -> r.cell(0).display()).containsExactly("", "212", "21208", "2120801");
        assertThat(fund.row(1).amount(4)).isEqualByComparingTo("40.00");
        StatementTable fiscal = tables.get(3);
        TableRow urban = fiscal.rows().stream().filter(r -> r.cell(2).display().endsWith("城乡社区支出")).findFirst().orElseThrow();
        assertThat(urban.amount(5)).isEqualByComparingTo("40.00");
        assertThat(urban.cell(4).isBlank()).isTrue();
    }

    @Test
    void summaryListsTheYearsFullRowSetWithBlanksAndBalancingTotals() {
        StatementTable summary = tables(Budgets.smallBalanced()).get(0);
        assertThat(summary.rows()).hasSize(31 + 3);
        assertThat(summary.row(1).cell(0).display()).isEqualTo("一、一般公共预算拨款收入");
        assertThat(summary.row(2).cell(2).display()).isEqualTo("二、外交支出");
        assertThat(summary.row(2).cell(3).isBlank()).isTrue();
        assertThat(summary.row(31).cell(2).display()).isEqualTo("三十一、人行科目");
        assertThat(summary.row(34).cell(0).display()).isEqualTo("收入总计");
        assertThat(summary.row(34).amount(1)).isEqualByComparingTo(summary.row(34).amount(3));
    }

    @Test
    void carriedOverMoneyShowsAsCarryOverIncomeAndInTheCarryOverColumn() {
        DepartmentBudget budget = Budgets.department(2023)
                .income(GENERAL_PUBLIC_BUDGET, "100.00")
                .income(new Income(GENERAL_PUBLIC_BUDGET, new BigDecimal("30.00"), true))
                .expenditure("2010350", BASIC, GENERAL_PUBLIC_BUDGET, "100.00")
                .expenditure(new ExpenditureLine(FunctionCode.of("2010399"), PROJECT, GENERAL_PUBLIC_BUDGET, true,
                        new BigDecimal("20.00")))
                .carryForward(new CarryForward(GENERAL_PUBLIC_BUDGET, new BigDecimal("10.00")))
                .build();
        List<StatementTable> tables = tables(budget);
        StatementTable summary = tables.get(0);
        assertThat(summary.row(33).cell(0).display()).isEqualTo("上年结转结余");
        assertThat(summary.row(33).amount(1)).isEqualByComparingTo("30.00");
        assertThat(summary.row(33).amount(3)).as("年终结转结余").isEqualByComparingTo("10.00");
        assertThat(summary.row(34).amount(1)).isEqualByComparingTo(summary.row(34).amount(3));
        StatementTable income = tables.get(1);
        assertThat(income.row(1).amount(income.columnIndex("上年结转"))).isEqualByComparingTo("20.00");
        assertThat(income.row(1).amount(income.columnIndex("小计"))).isEqualByComparingTo("100.00");
        StatementTable fiscal = tables.get(3);
        TableRow openingBalance = fiscal.rows().stream()
                .filter(r -> r.cell(0).display().equals("年初财政拨款结转和结余")).findFirst().orElseThrow();
        assertThat(openingBalance.amount(1)).isEqualByComparingTo("30.00");
        assertThat(openingBalance.amount(3)).as("年末财政拨款结转和结余").isEqualByComparingTo("10.00");
        TableRow total = fiscal.rows().get(fiscal.rows().size() - 1);
        assertThat(total.amount(1)).isEqualByComparingTo("130.00");
        assertThat(total.amount(3)).isEqualByComparingTo("130.00");
    }

    @Test
    void unitFundsAppearInTheirOwnIncomeColumnAndNotInTheFiscalTables() {
        DepartmentBudget budget = Budgets.department(2023)
                .income(PUBLIC_SERVICE_INCOME, "12.00")
                .expenditure("2010350", BASIC, PUBLIC_SERVICE_INCOME, "12.00")
                .build();
        List<StatementTable> tables = tables(budget);
        assertThat(tables.get(1).row(1).amount(tables.get(1).columnIndex("事业收入"))).isEqualByComparingTo("12.00");
        assertThat(tables.get(1).row(1).cell(tables.get(1).columnIndex("财政拨款收入")).isBlank()).isTrue();
        assertThat(tables.get(4).shownEmpty()).isTrue();
        assertThat(tables.get(0).row(5).cell(0).display()).isEqualTo("五、事业收入");
        assertThat(tables.get(0).row(5).amount(1)).isEqualByComparingTo("12.00");
    }

    @Test
    void threePublicTableSplitsEachPartAndItsSubParts() {
        DepartmentBudget budget = Budgets.department(2023)
                .threePublic(GENERAL_PUBLIC_BUDGET, new ThreePublicAmounts(new BigDecimal("1.00"), new BigDecimal("2.00"),
                        new BigDecimal("3.00"), new BigDecimal("4.00"), new BigDecimal("5.00")))
                .build();
        StatementTable table = tables(budget).get(8);
        assertThat(table.rows()).extracting(r -> r.cell(0).display()).containsExactly("合计", "“三公”经费小计",
                "一、因公出国（境）费", "其中：教学科研人员因公出国（境）费", "其他因公出国（境）费", "二、公务用车购置及运维费",
                "其中：公务用车购置费", "公务用车运行维护费", "三、公务接待费");
        assertThat(table.rows()).extracting(r -> r.amount(2).toPlainString())
                .containsExactly("15.00", "15.00", "3.00", "1.00", "2.00", "7.00", "3.00", "4.00", "5.00");
    }

    @Test
    void oldYearsUseTheOldNamesInTheTables() {
        DepartmentBudget budget = Budgets.department(2018)
                .income(GENERAL_PUBLIC_BUDGET, "5.00")
                .expenditure("2101101", BASIC, GENERAL_PUBLIC_BUDGET, "5.00")
                .build();
        StatementTable expenditure = tables(budget).get(2);
        assertThat(expenditure.row(2).cell(1).display()).isEqualTo("医疗卫生与计划生育支出");
    }

    @Test
    void refusesAModelWithACodeUnderNoClass() {
        DepartmentBudget budget = Budgets.department(2023)
                .expenditure("2990101", BASIC, GENERAL_PUBLIC_BUDGET, "1.00").build();
        assertThatThrownBy(() -> tables(budget)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("expenditures[0].functionCode")
                .hasMessageContaining("2990101 的类 299 不在 2023 年支出功能分类科目中");
    }

    @Test
    void aCodeTheCatalogDoesNotHoldIsRolledUpUnderItsClassWithoutAnOfficialName() {
        // A code new this year (or one the built-in catalog lacks) must not stop a department: its row is kept.
        DepartmentBudget budget = Budgets.department(2023)
                .income(GENERAL_PUBLIC_BUDGET, "1.00")
                .expenditure("2010398", BASIC, GENERAL_PUBLIC_BUDGET, "1.00").build();
        StatementTable expenditure = tables(budget).get(2);
        assertThat(expenditure.rows()).anySatisfy(row -> {
            assertThat(row.cell(0).display()).contains("2010398".substring(5));
            assertThat(row.cell(1).display()).isEqualTo(org.gongkai.core.classification.YearCatalog.UNKNOWN_NAME);
        });
    }
}
