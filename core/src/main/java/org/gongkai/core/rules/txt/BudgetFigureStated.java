package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.List;
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
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

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

    /**
     * Whether the stated figure is what the 收支总表 as printed gives on one of the labelled rows (label and amount
     * columns of one side): a text that agrees with the printed table is no error, whatever the model's lines
     * (some of them with codes the catalog refuses) add up to.
     */
    static boolean printedInSummary(Disclosure disclosure, Mention mention, int labelColumn, int amountColumn, String... labels) {
        return disclosure.table(StandardTable.SUMMARY).stream().flatMap(t -> t.rows().stream()
                        .filter(r -> r.cells().size() > amountColumn && List.of(labels).contains(TableQueries.plain(r.cell(labelColumn).display())))
                        .map(r -> inWanYuan(t, r.amount(amountColumn))))
                .anyMatch(printed -> sameAsStated(printed, mention.inWanYuan()));
    }

    private static BigDecimal inWanYuan(StatementTable table, BigDecimal amount) {
        return "元".equals(table.unit()) ? amount.movePointLeft(4) : amount;
    }
}
