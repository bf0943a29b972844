package org.gongkai.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.gongkai.core.classification.FunctionCode;
import org.junit.jupiter.api.Test;

class DepartmentBudgetTest {

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> new Income(FundingSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("-1"), false))
                .hasMessage("amount 不能为负数：-1");
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.of("12.3456789")).hasMessageContaining("最多六位小数");
        assertThat(Money.of("1847.630975")).isEqualByComparingTo("1847.630975");
        assertThat(Money.of("12.5").toPlainString()).isEqualTo("12.50");
    }

    @Test
    void scalesAmountsToTwoDecimals() {
        assertThat(Money.of("308").toPlainString()).isEqualTo("308.00");
    }

    @Test
    void refusesExpenditureAtClassOrSectionLevel() {
        assertThatThrownBy(() -> new ExpenditureLine(FunctionCode.of("20103"), ExpenditureKind.BASIC,
                FundingSource.GENERAL_PUBLIC_BUDGET, BigDecimal.ONE))
                .hasMessageContaining("支出应列到项级（7位）科目，实际为 款级科目 20103");
    }

    @Test
    void refusesThreePublicFromNonFiscalSources() {
        assertThatThrownBy(() -> new ThreePublicBySource(FundingSource.OTHER_INCOME, ThreePublicAmounts.NONE))
                .hasMessageContaining("只列财政拨款");
    }

    @Test
    void derivesHeadlineFigures() {
        BudgetFigures figures = Budgets.smallBalanced().figures();
        assertThat(figures.incomeTotal()).isEqualByComparingTo("150.00");
        assertThat(figures.expenditureTotal()).isEqualByComparingTo("150.00");
        assertThat(figures.basic()).isEqualByComparingTo("100.00");
        assertThat(figures.project()).isEqualByComparingTo("50.00");
        assertThat(figures.personnel()).isEqualByComparingTo("70.00");
        assertThat(figures.publicFunds()).isEqualByComparingTo("30.00");
    }

    @Test
    void threePublicPartsAddUpAndUnstatedPartsCountAsZero() {
        ThreePublicAmounts amounts = new ThreePublicAmounts(null, new BigDecimal("25"), null, new BigDecimal("3.8"),
                new BigDecimal("2.31"));
        assertThat(amounts.abroad()).isEqualByComparingTo("25.00");
        assertThat(amounts.total()).isEqualByComparingTo("31.11");
    }

    @Test
    void refusesAYearThatIsNotAYear() {
        assertThatThrownBy(() -> DepartmentBudget.builder(0, new Department("430", "某部门")).build())
                .hasMessageContaining("year 预算年度应为四位年份");
    }
}
