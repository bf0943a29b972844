package org.gongkai.core.tables;

import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.YearCatalog;

/** Makes one standard table from a model whose codes conform to the year's catalog. */
public interface TableGenerator {

    StandardTable kind();

    StatementTable generate(DepartmentBudget budget, YearCatalog catalog);
}
