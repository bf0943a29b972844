package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

class DrafterTest {

    private static DepartmentBudget model() {
        return Budgets.smallBalanced().toBuilder()
                .threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, new ThreePublicAmounts(null, null, null, new BigDecimal("5.00"),
                        new BigDecimal("2.00")))
                .threePublicLastYear(new ThreePublicAmounts(null, null, null, new BigDecimal("4.00"), new BigDecimal("2.00")))
                .previousYear(new PreviousYear(null, new BigDecimal("160.00"), new BigDecimal("90.00"), new BigDecimal("70.00")))
                .operatingCost(new BigDecimal("30.00"))
                .build();
    }

    @Test
    void draftsTheOverviewFromTheFiguresWithTheChangeAndItsDirection() {
        String overview = Drafter.draft(model()).narrative(NarrativeSection.OVERVIEW);
        assertThat(overview).contains("2023年部门预算收入150.00万元").contains("2023年部门支出预算为150.00万元")
                .contains("基本支出100.00万元，包括人员经费70.00万元和公用经费30.00万元").contains("项目支出50.00万元")
                .contains("较2022年减少10.00万元").contains("基本支出增加10.00万元").contains("项目支出减少20.00万元");
    }

    @Test
    void leavesAPlaceholderForTheReasonOfAThreePublicChangeWhichTheRulesRefuse() {
        DepartmentBudget drafted = Drafter.draft(model());
        assertThat(drafted.narrative(NarrativeSection.THREE_PUBLIC)).contains("增加1.00万元").contains(Placeholders.of("增减变化原因"));
        List<Finding> findings = RuleRegistry.check(Disclosure.generated(drafted, ClassificationCatalog.builtIn()));
        assertThat(findings).extracting(Finding::rule).contains("R-REQ-05");
    }

    @Test
    void keepsWhatTheDepartmentWroteItself() {
        DepartmentBudget own = model().toBuilder().narrative(NarrativeSection.OVERVIEW, "本部门自己的说明。").build();
        assertThat(Drafter.draft(own).narrative(NarrativeSection.OVERVIEW)).isEqualTo("本部门自己的说明。");
    }

    @Test
    void draftsTheGlossaryForExactlyTheCodesUsed() {
        String glossary = Drafter.draft(model()).narrative(NarrativeSection.GLOSSARY);
        assertThat(glossary).contains("2010350\t事业运行\t反映事业单位的基本支出").contains("20805\t行政事业单位养老支出")
                .contains("一般公共预算拨款收入：").doesNotContain("2101102");
    }
}
