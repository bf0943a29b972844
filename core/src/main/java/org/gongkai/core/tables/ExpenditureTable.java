package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.classification.YearCatalog;

/** Table 3, 部门预算支出总表: every function item by 基本/项目/经营/上缴上级/对附属单位补助. */
public final class ExpenditureTable implements TableGenerator {

    private static final String[] AMOUNTS = {"合计", "基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出"};

    @Override
    public StandardTable kind() {
        return StandardTable.EXPENDITURE;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        CodeRollup rollup = new CodeRollup(AMOUNTS.length);
        for (ExpenditureLine line : budget.expenditures()) {
            BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
            amounts[0] = line.amount();
            amounts[columnOf(line.kind())] = line.amount();
            rollup.add(line.functionCode().value(), amounts);
        }
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), budget, TableLayout.functionHeader(AMOUNTS),
                TableLayout.codeColumns(AMOUNTS), rows, null);
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
