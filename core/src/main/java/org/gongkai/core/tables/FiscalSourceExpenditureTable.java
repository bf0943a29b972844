package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/**
 * Tables 5, 7 and 8 share one layout: the expenditure of one fiscal appropriation by function item, as
 * 基本支出 and 项目支出. With no such expenditure the table is shown empty with its note (空表列示).
 */
abstract class FiscalSourceExpenditureTable implements TableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("GENERAL_PUBLIC_EXPENDITURE").labels("total", "basic", "project");

    private final FundingSource source;
    private final String appropriationName;

    FiscalSourceExpenditureTable(FundingSource source, String appropriationName) {
        this.source = source;
        this.appropriationName = appropriationName;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        List<ExpenditureLine> lines = budget.expenditures().stream().filter(line -> line.source() == source).toList();
        CodeRollup rollup = TableLayout.rollUp(lines, AMOUNTS.length,
                line -> line.functionCode().value(), FiscalSourceExpenditureTable::distribute);
        List<TableRow> rows = rollup.isEmpty() ? List.of() : TableLayout.codeRows(rollup, 7, catalog::functionName);
        String note = rows.isEmpty() ? "注：无" + appropriationName + "预算，空表列示。" : null;
        return TableLayout.frame(kind(), budget, TableLayout.functionHeader(AMOUNTS),
                TableLayout.codeColumns(AMOUNTS), rows, note);
    }

    /** Only basic and project spending is financed by appropriations; any other kind still counts in 合计. */
    private static BigDecimal[] distribute(ExpenditureLine line) {
        BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
        amounts[0] = line.amount();
        if (line.kind() == ExpenditureKind.BASIC) {
            amounts[1] = line.amount();
        } else if (line.kind() == ExpenditureKind.PROJECT) {
            amounts[2] = line.amount();
        }
        return amounts;
    }
}
