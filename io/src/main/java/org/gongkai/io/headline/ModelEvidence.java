package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ThreePublicAmounts;

/**
 * The figures of the model the tables were turned into (a text rendering's tables read by the grid reader), for the
 * subjects no printed table gave directly. A total of nothing is no reading: a zero the model sums from no line (its
 * 支出总表 printed no 基本支出 column) is left out, so that it can never pass for a figure.
 */
final class ModelEvidence {

    private record Source(Subject subject, Function<BudgetFigures, BigDecimal> figure) {
    }

    private static final List<Source> TOTALS = List.of(
            new Source(Subject.INCOME_TOTAL, BudgetFigures::incomeTotal),
            new Source(Subject.EXPENDITURE_TOTAL, BudgetFigures::expenditureTotal),
            new Source(Subject.BASIC, BudgetFigures::basic),
            new Source(Subject.PROJECT, BudgetFigures::project));

    private static final List<Source> BASIC_TABLE = List.of(
            new Source(Subject.PERSONNEL, BudgetFigures::personnel),
            new Source(Subject.PUBLIC_FUNDS, BudgetFigures::publicFunds));

    private ModelEvidence() {
    }

    /**
     * The model's readings of the subjects not already read. The model may have taken a table the printed-table
     * readers could not: where a sentence contradicts one of its 三公 figures, none of them is kept (the table was
     * misread as a whole, e.g. its 2025 half or its 小计 column), and no other figure a sentence contradicts is.
     */
    static List<Evidence> of(DepartmentBudget model, Set<Subject> alreadyRead, List<Evidence> stated) {
        List<Evidence> found = all(model, alreadyRead);
        boolean threePublicContradicted = found.stream().anyMatch(e -> e.subject().threePublic() && contradicted(e, stated));
        return found.stream().filter(e -> !contradicted(e, stated) && !(threePublicContradicted && e.subject().threePublic())).toList();
    }

    private static boolean contradicted(Evidence reading, List<Evidence> stated) {
        return stated.stream().anyMatch(s -> s.subject() == reading.subject() && !reading.agrees(s.value()));
    }

    private static List<Evidence> all(DepartmentBudget model, Set<Subject> alreadyRead) {
        BudgetFigures figures = model.figures();
        List<Evidence> found = new ArrayList<>();
        if (!model.expenditures().isEmpty() || !model.incomes().isEmpty()) {
            TOTALS.forEach(s -> add(found, s.subject(), s.figure().apply(figures), alreadyRead, false));
        }
        if (!model.basicEconomic().isEmpty()) {
            BASIC_TABLE.forEach(s -> add(found, s.subject(), s.figure().apply(figures), alreadyRead, false));
        }
        // A 三公 total of zero the model sums from a table it could not read is no reading of the parts either.
        if (!model.threePublic().isEmpty() && figures.threePublic().total() != null && figures.threePublic().total().signum() != 0) {
            ThreePublicAmounts three = figures.threePublic();
            add(found, Subject.THREE_PUBLIC_TOTAL, three.total(), alreadyRead, true);
            add(found, Subject.ABROAD, three.abroad(), alreadyRead, true);
            add(found, Subject.VEHICLE_PURCHASE, three.vehiclePurchase(), alreadyRead, true);
            add(found, Subject.VEHICLE_OPERATION, three.vehicleOperation(), alreadyRead, true);
            add(found, Subject.RECEPTION, three.reception(), alreadyRead, true);
        }
        if (model.operatingCost() != null) {
            add(found, Subject.OPERATING_COST, model.operatingCost(), alreadyRead, true);
        }
        return found;
    }

    private static void add(List<Evidence> found, Subject subject, BigDecimal value, Set<Subject> alreadyRead, boolean zeroIsAFigure) {
        if (value != null && !alreadyRead.contains(subject) && (zeroIsAFigure || value.signum() != 0)) {
            found.add(new Evidence(subject, value, Evidence.Source.TABLE, "", "由表格整理的模型（" + subject.chinese() + "）"));
        }
    }
}
