package org.gongkai.core.rules.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** A check of each indicator of each project on its own. */
abstract class IndicatorRule extends BaseRule {

    IndicatorRule(String id, Severity severity, String description, String example) {
        super(id, severity, description, example);
    }

    /** The problem with this indicator, in Chinese, or empty. */
    abstract Optional<String> problem(Project project, Indicator indicator, IndicatorValue value);

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (Project project : disclosure.model().projects()) {
            for (Indicator indicator : project.indicators()) {
                if (IndicatorKinds.isWithheld(indicator)) {
                    continue; // 涉密: withheld by law, nothing to check
                }
                problem(project, indicator, disclosure.valueOf(indicator)).ifPresent(message -> findings.add(
                        finding(Locations.indicator(project.name(), IndicatorKinds.name(indicator)), message)));
            }
        }
        return findings;
    }
}
