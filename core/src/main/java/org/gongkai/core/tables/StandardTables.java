package org.gongkai.core.tables;

import java.util.List;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/** The nine generators in their official order, and the one call that makes all tables of a model. */
public final class StandardTables {

    private static final List<TableGenerator> GENERATORS = List.of(
            new SummaryTable(), new IncomeTable(), new ExpenditureTable(), new FiscalSummaryTable(),
            new GeneralPublicExpenditureTable(), new GeneralPublicBasicTable(), new GovernmentFundExpenditureTable(),
            new StateCapitalExpenditureTable(), new ThreePublicTable());

    private StandardTables() {
    }

    public static List<TableGenerator> generators() {
        return GENERATORS;
    }

    /**
     * All nine tables of a model, in order.
     *
     * @throws org.gongkai.core.budget.InvalidModelException when a code is missing from the year's catalog
     */
    public static List<StatementTable> generateAll(DepartmentBudget budget, ClassificationCatalog catalog) {
        new CatalogConformance(catalog).requireConforming(budget, "预算模型");
        YearCatalog year = catalog.forYear(budget.year());
        return GENERATORS.stream().map(generator -> generator.generate(budget, year)).toList();
    }

    public static StatementTable generate(StandardTable kind, DepartmentBudget budget, ClassificationCatalog catalog) {
        return generateAll(budget, catalog).get(kind.number() - 1);
    }
}
