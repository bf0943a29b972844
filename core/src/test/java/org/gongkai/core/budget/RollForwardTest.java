package org.gongkai.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Starting next year from this year's budget. */
class RollForwardTest {

    @Property(tries = 30)
    void thisYearsFiguresBecomeLastYearsAndWhatCarriesOverIsMarkedForReview(@ForAll @IntRange(min = 1, max = 500) int seed) {
        DepartmentBudget thisYear = ValidPackages.random(seed, 10).toBuilder()
                .narrative(NarrativeSection.DUTIES, "负责机关后勤服务。")
                .narrative(NarrativeSection.OVERVIEW, "2023年部门支出预算为100.00万元。").build();
        RollForward.Result next = RollForward.nextYear(thisYear);

        assertThat(next.model().year()).isEqualTo(thisYear.year() + 1);
        assertThat(next.model().department()).isEqualTo(thisYear.department());
        assertThat(next.model().threePublicLastYear()).isEqualTo(thisYear.figures().threePublic());
        assertThat(next.model().previousYear().expenditureTotal()).isEqualByComparingTo(thisYear.figures().expenditureTotal());
        assertThat(next.model().expenditures()).isEqualTo(thisYear.expenditures());
        assertThat(next.model().narrative(NarrativeSection.DUTIES)).isEqualTo("负责机关后勤服务。");
        assertThat(next.model().narrative(NarrativeSection.OVERVIEW)).as("restates last year's figures: drafted again").isNull();
        assertThat(next.toReview()).contains(RollForward.Part.LINES, RollForward.Part.NARRATIVE);
        assertThat(next.model().carryForward()).isEmpty();
    }
}
