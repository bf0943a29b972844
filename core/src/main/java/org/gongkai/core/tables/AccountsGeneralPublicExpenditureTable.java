package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/** 决算 table 5, 一般公共预算财政拨款支出决算表: general public budget spending by function item, 基本 and 项目. */
public final class AccountsGeneralPublicExpenditureTable implements AccountsTableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE")
            .labels("total", "basic", "project");

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        List<ExpenditureLine> lines = accounts.actuals().expenditures().stream()
                .filter(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET).toList();
        CodeRollup rollup = TableLayout.rollUp(lines, AMOUNTS.length, line -> line.functionCode().value(), line -> {
            BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
            amounts[0] = line.amount();
            amounts[line.kind() == ExpenditureKind.BASIC ? 1 : 2] = line.amount();
            return amounts;
        });
        List<TableRow> rows = rollup.isEmpty() ? List.of() : TableLayout.codeRows(rollup, 7, catalog::functionName);
        String note = rows.isEmpty() ? "注：本年度无一般公共预算财政拨款支出，空表列示。" : null;
        return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(AMOUNTS), TableLayout.codeColumns(AMOUNTS), rows, note);
    }
}
