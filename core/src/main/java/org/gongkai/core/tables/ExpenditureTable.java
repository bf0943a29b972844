package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.classification.YearCatalog;

/** Table 3, 部门预算支出总表: every function item by 基本/项目/经营/上缴上级/对附属单位补助. */
public final class ExpenditureTable implements TableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("EXPENDITURE")
            .labels("total", "basic", "project", "operating", "upperRemit", "subsidiary");

    @Override
    public StandardTable kind() {
        return StandardTable.EXPENDITURE;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(budget.expenditures(), AMOUNTS.length,
                line -> line.functionCode().value(), ExpenditureTable::distribute);
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), budget, TableLayout.functionHeader(AMOUNTS),
                TableLayout.codeColumns(AMOUNTS), rows, null);
    }

    private static BigDecimal[] distribute(ExpenditureLine line) {
        BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
        amounts[0] = line.amount();
        amounts[columnOf(line.kind())] = line.amount();
        return amounts;
    }

    private static int columnOf(ExpenditureKind kind) {
        return switch (kind) {
            case BASIC -> 1;
            case PROJECT -> 2;
            case OPERATING -> 3;
            case REMIT_TO_SUPERIOR -> 4;
            case SUBSIDY_TO_AFFILIATES -> 5;
        };
    }
}
