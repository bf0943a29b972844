package org.gongkai.core.rules.perf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Project;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.rules.Severity;

/**
 * R-PERF-11: what a project's own text says ("预算数 2 万元。其中：财政资金 2 万元，其他资金 0 万元") equals its
 * table's 预算数, 财政资金 and 其他资金.
 */
public final class PurposeTextMatchesBudget extends ProjectRule {

    private record Figure(String name, Function<Project, BigDecimal> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("预算数", Project::amount),
            new Figure("财政资金", Project::fiscalFunds),
            new Figure("其他资金", p -> p.amount() == null ? null : Money.orZero(p.otherFunds())));

    public PurposeTextMatchesBudget() {
        super("R-PERF-11", Severity.ERROR, "项目资金用途说明中的预算数、财政资金、其他资金与表中数据一致",
                "文字说明预算数为 2 万元，但表中预算数为 0.48 万元");
    }

    @Override
    List<String> problems(Project project) {
        if (project.purpose() == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (Mention mention : StatedFigures.extract(NarrativeSection.PERFORMANCE, project.purpose())) {
            for (Figure figure : FIGURES) {
                BigDecimal value = figure.value().apply(project);
                if (mention.plainLabel().endsWith(figure.name()) && value != null && mention.inWanYuan() != null
                        && !same(mention.inWanYuan(), value)) {
                    problems.add("文字说明" + figure.name() + "为 " + mention.amount().toPlainString() + " " + mention.unit()
                            + "，但表中" + figure.name() + "为 " + money(value) + " 万元");
                }
            }
        }
        return problems;
    }
}
