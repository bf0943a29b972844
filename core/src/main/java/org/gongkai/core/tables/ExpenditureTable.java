package org.gongkai.core.tables;

import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.classification.YearCatalog;

/** Table 3, 部门预算支出总表: every function item by 基本/项目/经营/上缴上级/对附属单位补助. */
public final class ExpenditureTable implements TableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("EXPENDITURE")
            .labels("total", "basic", "project", "operating", "upperRemit", "subsidiary");

    /** The kinds in the order of their columns. */
    private static final List<ExpenditureKind> KINDS = List.of(ExpenditureKind.BASIC, ExpenditureKind.PROJECT, ExpenditureKind.OPERATING, ExpenditureKind.REMIT_TO_SUPERIOR, ExpenditureKind.SUBSIDY_TO_AFFILIATES);

    @Override
    public StandardTable kind() {
        return StandardTable.EXPENDITURE;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(budget.expenditures(), AMOUNTS.length,
                line -> line.functionCode().value(), line -> TableLayout.byKind(line, KINDS));
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), budget, TableLayout.functionHeader(AMOUNTS),
                TableLayout.codeColumns(AMOUNTS), rows, null);
    }

}
