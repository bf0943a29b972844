package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/**
 * 决算 table 2, 收入决算表: what each function item was financed by in the year, by source. As in the budget's income
 * table, an item's income is what was spent on it from each source; spending from balances carried in is not income.
 */
public final class AccountsIncomeTable implements AccountsTableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_INCOME")
            .labels("total", "fiscal", "upperSubsidy", "business", "operatingIncome", "subsidiaryRemit", "other");

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_INCOME;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        List<ExpenditureLine> received = accounts.actuals().expenditures().stream().filter(l -> !l.carriedOver()).toList();
        CodeRollup rollup = TableLayout.rollUp(received, AMOUNTS.length, line -> line.functionCode().value(),
                AccountsIncomeTable::distribute);
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        List<List<HeaderCell>> header = List.of(header(true), header(false));
        return TableLayout.frame(kind(), accounts, header, TableLayout.codeColumns(AMOUNTS), rows, null);
    }

    private static List<HeaderCell> header(boolean top) {
        List<HeaderCell> cells = new ArrayList<>();
        if (top) {
            cells.add(HeaderCell.wide("项目", 2));
            for (String name : AMOUNTS) {
                cells.add(HeaderCell.tall(name, 2));
            }
            return cells;
        }
        return List.of(HeaderCell.of("功能分类科目编码"), HeaderCell.of("科目名称"));
    }

    private static BigDecimal[] distribute(ExpenditureLine line) {
        BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
        amounts[0] = line.amount();
        amounts[columnOf(line.source())] = line.amount();
        return amounts;
    }

    /** 财政专户 money is 事业收入 in a 决算 (教育收费 and the like). */
    private static int columnOf(FundingSource source) {
        return switch (source) {
            case GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> 1;
            case SUPERIOR_SUBSIDY -> 2;
            case PUBLIC_SERVICE_INCOME, FISCAL_SPECIAL_ACCOUNT -> 3;
            case OPERATING_INCOME -> 4;
            case AFFILIATE_REMITTANCE -> 5;
            case OTHER_INCOME -> 6;
        };
    }
}
