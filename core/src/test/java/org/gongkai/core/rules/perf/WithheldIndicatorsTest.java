package org.gongkai.core.rules.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

/** A 涉密 project whose indicators are printed 「涉密」 is withheld by law: no warning about empty or repeated ones. */
class WithheldIndicatorsTest {

    @Test
    void fiveIndicatorsPrintedSheMiGiveNoIndicatorFinding() {
        DepartmentBudget model = ValidPackages.random(7, 10);
        Project first = model.projects().get(0);
        Indicator withheld = new Indicator("产出指标", "数量指标", "涉密", "涉密", "涉密", null);
        Project secret = new Project(first.code(), first.name(), first.unitCode(), first.unitName(), first.amount(),
                first.fiscalFunds(), first.otherFunds(), first.purpose(), first.paymentPlan(), List.of("涉密", "涉密"),
                Collections.nCopies(5, withheld));
        DepartmentBudget withSecret = model.toBuilder().projects(java.util.stream.Stream.concat(java.util.stream.Stream.of(secret),
                model.projects().stream().skip(1)).toList()).build();
        List<Finding> findings = RuleRegistry.check(Disclosure.generated(withSecret, ClassificationCatalog.builtIn()));
        assertThat(findings).filteredOn(f -> f.location().contains(first.name()))
                .filteredOn(f -> List.of("R-PERF-04", "R-PERF-05", "R-PERF-07", "R-PERF-08", "R-PERF-12", "R-PERF-13").contains(f.rule()))
                .isEmpty();
    }
}
