package org.gongkai.core.rules.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-UNIT-02: a unit written twice or garbled: 万元元, 万万元, 元元, 万元万元. */
public final class DoubledUnit extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final Pattern DOUBLED = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?\\s*(万元\\s*万元|万元\\s*元|万\\s*万元|元\\s*元)");

    public DoubledUnit() {
        super("R-UNIT-02", Severity.ERROR, "金额单位不应重复或错写（万元元、万万元、元元）", "“318.88 万元元”单位重复");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            if (!DOUBLED.matcher(Sentences.fold(text)).find()) {
                return;
            }
            for (String sentence : Sentences.split(text)) {
                Matcher m = DOUBLED.matcher(Sentences.fold(sentence));
                while (m.find()) {
                    findings.add(finding(Locations.sentence(section, sentence), "“" + m.group().strip() + "”单位重复"));
                }
            }
        });
        for (Project project : disclosure.model().projects()) {
            for (Indicator indicator : project.indicators()) {
                if (indicator.value() != null && indicator.value().contains("元") && DOUBLED.matcher(Sentences.fold(indicator.value())).find()) {
                    findings.add(finding(Locations.indicator(project.name(), name(indicator)),
                            "指标值“" + indicator.value() + "”单位重复"));
                }
            }
        }
        return findings;
    }

    private static String name(Indicator indicator) {
        return indicator.level3() != null ? indicator.level3() : indicator.description();
    }
}
