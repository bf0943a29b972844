package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

class AccountsDrafterTest {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    /** Three items of 2024: one spent a little under its budget, one far under, one as budgeted; "三公" over budget. */
    private static FinalAccounts accounts() {
        DepartmentBudget actuals = DepartmentBudget.builder(2024, new Department("101", "测试局"))
                .income(FundingSource.GENERAL_PUBLIC_BUDGET, "264.87")
                .expenditure("2013901", ExpenditureKind.BASIC, FundingSource.GENERAL_PUBLIC_BUDGET, "51.32")
                .expenditure("2013950", ExpenditureKind.BASIC, FundingSource.GENERAL_PUBLIC_BUDGET, "11.31")
                .expenditure("2013999", ExpenditureKind.PROJECT, FundingSource.GENERAL_PUBLIC_BUDGET, "202.24")
                .basic("30101", BasicCostKind.PERSONNEL, "52.40").basic("30201", BasicCostKind.PUBLIC, "10.23")
                .threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, new ThreePublicAmounts(null, null, null, new BigDecimal("2.20"),
                        new BigDecimal("1.00")))
                .operatingCost(new BigDecimal("10.23")).build();
        List<BudgetedLine> budgeted = List.of(
                line("2013901", ExpenditureKind.BASIC, "52.00"), line("2013950", ExpenditureKind.BASIC, "17.68"),
                line("2013999", ExpenditureKind.PROJECT, "202.24"));
        return new FinalAccounts(actuals, budgeted, null, new ThreePublicAmounts(null, null, null, new BigDecimal("2.00"), new BigDecimal("1.00")),
                new ThreePublicCounts(0, 2, null, null, 5, 40), new ProcurementSplit(new BigDecimal("21.07"), null, null, new BigDecimal("21.07")),
                List.of(new SelfEvaluation("社区建设项目", false, new BigDecimal("175.52"), new BigDecimal("175.52"), new BigDecimal("96"), "优", List.of())));
    }

    private static BudgetedLine line(String code, ExpenditureKind kind, String amount) {
        return new BudgetedLine(FunctionCode.of(code), kind, FundingSource.GENERAL_PUBLIC_BUDGET, new BigDecimal(amount), new BigDecimal(amount));
    }

    @Test
    void draftsEachItemAgainstItsBudgetAndAsksForTheReasonOnlyWhereTheyDiffer() {
        String overview = AccountsDrafter.draft(accounts(), CATALOG.forYear(2024)).actuals().narrative(NarrativeSection.OVERVIEW);
        assertThat(overview).contains("本年支出合计264.87万元，其中：基本支出62.63万元，占23.65%；项目支出202.24万元，占76.35%")
                .contains("行政运行（项）：全年预算为52.00万元，支出决算为51.32万元，完成全年预算的98.69%。2、")
                .contains("事业运行（项）：全年预算为17.68万元，支出决算为11.31万元，完成全年预算的63.97%。决算数小于预算数的主要原因："
                        + Placeholders.OPEN)
                .contains("人员经费52.40万元，公用经费10.23万元");
        assertThat(overview.split(java.util.regex.Pattern.quote(Placeholders.OPEN), -1)).hasSize(2);
    }

    @Test
    void draftsThreePublicWithItsBudgetAndCountsAndTheOtherSections() {
        var narrative = AccountsDrafter.draft(accounts(), CATALOG.forYear(2024)).actuals().narrative();
        assertThat(narrative.get(NarrativeSection.THREE_PUBLIC)).contains("支出预算为3.00万元，支出决算为3.20万元，完成预算的106.67%")
                .contains("年末公务用车保有量2辆").contains("国内公务接待5批次、40人次").contains("决算数大于预算数的主要原因：" + Placeholders.OPEN);
        assertThat(narrative.get(NarrativeSection.OPERATING_COST)).isEqualTo("2024年度机关运行经费支出10.23万元。");
        assertThat(narrative.get(NarrativeSection.PROCUREMENT)).contains("政府采购金额为21.07万元，其中：货物采购金额21.07万元")
                .contains("授予中小企业合同金额21.07万元，占政府采购金额的100.00%");
        assertThat(narrative.get(NarrativeSection.PERFORMANCE)).contains("平均得分96.00分").contains("“优”的项目1个");
        assertThat(narrative.get(NarrativeSection.GLOSSARY)).contains("年末结转和结余");
    }

    @Test
    void theDraftAgreesWithTheTablesItDescribes() {
        FinalAccounts drafted = AccountsDrafter.draft(accounts(), CATALOG.forYear(2024));
        assertThat(RuleRegistry.check(Disclosure.generated(drafted, CATALOG)))
                .filteredOn(f -> f.rule().startsWith("R-ACC-") && !f.rule().equals("R-ACC-10"))
                .isEmpty();
    }
}
