package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.core.rules.Disclosure;

/** A this-year figure of the budget stated in 预算安排总体情况; applies when the model holds that data. */
abstract class BudgetFigureStated extends StatedFigureRule {

    private final Predicate<DepartmentBudget> hasData;
    private final Function<BudgetFigures, BigDecimal> figure;

    BudgetFigureStated(String id, String what, String example, StatedBudgetFigures.Label label,
                       Predicate<DepartmentBudget> hasData, Function<BudgetFigures, BigDecimal> figure) {
        super(id, what, example, Set.of(NarrativeSection.OVERVIEW), label::names);
        this.hasData = hasData;
        this.figure = figure;
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        DepartmentBudget model = disclosure.model();
        return hasData.test(model) && thisYear(disclosure, mention)
                ? Optional.of(figure.apply(model.figures())) : Optional.empty();
    }
}
