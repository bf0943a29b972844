package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.classification.YearCatalog;

/** 决算 table 3, 支出决算表: every function item as spent, by 基本/项目/上缴上级/经营/对附属单位补助. */
public final class AccountsExpenditureTable implements AccountsTableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_EXPENDITURE")
            .labels("total", "basic", "project", "upperRemit", "operating", "subsidiary");

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_EXPENDITURE;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(accounts.actuals().expenditures(), AMOUNTS.length,
                line -> line.functionCode().value(), AccountsExpenditureTable::distribute);
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(AMOUNTS), TableLayout.codeColumns(AMOUNTS), rows, null);
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
            case REMIT_TO_SUPERIOR -> 3;
            case OPERATING -> 4;
            case SUBSIDY_TO_AFFILIATES -> 5;
        };
    }
}
