package org.gongkai.core.tables;

import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.classification.YearCatalog;

/** 决算 table 3, 支出决算表: every function item as spent, by 基本/项目/上缴上级/经营/对附属单位补助. */
public final class AccountsExpenditureTable implements AccountsTableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_EXPENDITURE")
            .labels("total", "basic", "project", "upperRemit", "operating", "subsidiary");

    /** The kinds in the order of their columns. */
    private static final List<ExpenditureKind> KINDS = List.of(ExpenditureKind.BASIC, ExpenditureKind.PROJECT, ExpenditureKind.REMIT_TO_SUPERIOR, ExpenditureKind.OPERATING, ExpenditureKind.SUBSIDY_TO_AFFILIATES);

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_EXPENDITURE;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(accounts.actuals().expenditures(), AMOUNTS.length,
                line -> line.functionCode().value(), line -> TableLayout.byKind(line, KINDS));
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(AMOUNTS), TableLayout.codeColumns(AMOUNTS), rows, null);
    }

}
