package org.gongkai.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;

/** On every package Gongkai generates from a valid model, no rule raises an ERROR or a WARNING. */
class NoFalseAlarmsProperties {

    @Property(tries = 300)
    void aGeneratedPackageOfAValidModelHasNoErrorsOrWarnings(@ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int lines) {
        DepartmentBudget model = ValidPackages.random(seed, lines);
        List<Finding> findings = RuleRegistry.check(Disclosure.generated(model, ClassificationCatalog.builtIn()));
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }
}
