package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/**
 * What 决算 tables 7 and 8 share: one fiscal appropriation's 年初结转和结余, 本年收入, 本年支出 (基本/项目) and 年末结转和结余,
 * by function item. The model keeps balances by source, not by item: they are shown by 财政拨款收入支出决算总表 (table 4),
 * and left blank here rather than put on the 合计 row alone, where its items would no longer add up to it.
 */
abstract class AccountsFundTable implements AccountsTableGenerator {

    private final String layout;
    private final FundingSource source;
    private final String emptyNote;

    AccountsFundTable(String layout, FundingSource source, String emptyNote) {
        this.layout = layout;
        this.source = source;
        this.emptyNote = emptyNote;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        String[] amounts = org.gongkai.core.layout.Layouts.builtIn().table(layout)
                .labels("opening", "income", "total", "basic", "project", "closing");
        List<ExpenditureLine> lines = accounts.actuals().expenditures().stream().filter(l -> l.source() == source).toList();
        CodeRollup rollup = TableLayout.rollUp(lines, amounts.length, line -> line.functionCode().value(), line -> {
            BigDecimal[] row = CodeRollup.zeros(amounts.length);
            row[1] = line.carriedOver() ? row[1] : line.amount();
            row[2] = line.amount();
            row[line.kind() == ExpenditureKind.BASIC ? 3 : 4] = line.amount();
            return row;
        });
        List<TableRow> rows = rollup.isEmpty() ? List.of() : TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(amounts), TableLayout.codeColumns(amounts), rows,
                rows.isEmpty() ? emptyNote : null);
    }
}
