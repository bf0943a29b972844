package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/**
 * What 决算 tables 7 and 8 share: one fiscal appropriation's 年初结转和结余, 本年收入, 本年支出 (基本/项目) and 年末结转和结余,
 * by function item. Balances are kept by source, not by item, so they appear on the 合计 row only.
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
        BigDecimal opening = accounts.balances().opening(source);
        BigDecimal closing = accounts.balances().closing(source);
        if (rollup.isEmpty() && opening.signum() == 0 && closing.signum() == 0) {
            return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(amounts), TableLayout.codeColumns(amounts),
                    List.of(), emptyNote);
        }
        rollup.total()[0] = opening;
        rollup.total()[5] = closing;
        List<TableRow> rows = new ArrayList<>(TableLayout.codeRows(rollup, 7, catalog::functionName));
        return TableLayout.frame(kind(), accounts, TableLayout.functionHeader(amounts), TableLayout.codeColumns(amounts), rows, null);
    }
}
