package org.gongkai.io.importing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * A 决算's balances as its two summary tables print them: 年初 and 年末结转和结余 by source and the flows between them
 * (使用非财政拨款结余, 用事业基金弥补收支差, 结余分配), found by their labels on either side of the canonical tables.
 */
final class AccountsBalances {

    private static final List<FundingSource> FISCAL = List.of(FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND,
            FundingSource.STATE_CAPITAL);

    private AccountsBalances() {
    }

    /**
     * 年初结转和结余 and 年末结转和结余 by source: the fiscal part as table 4 breaks it down (一般公共预算 where it gives only
     * a total), the rest of table 1's figure as unit funds; and the flows table 1 prints between them.
     */
    static Balances of(Map<StandardTable, StatementTable> tables) {
        StatementTable summary = tables.get(StandardTable.ACCOUNTS_SUMMARY);
        StatementTable fiscal = tables.get(StandardTable.ACCOUNTS_FISCAL_SUMMARY);
        List<CarryForward> opening = fiscalOpening(fiscal);
        List<CarryForward> closing = fiscalClosing(fiscal);
        unitFunds(opening, labelled(summary, true, l -> l.contains("年初") || l.contains("上年结转")));
        unitFunds(closing, labelled(summary, false, l -> l.contains("年末") || l.contains("年终")));
        return new Balances(opening, closing, labelled(summary, true, l -> l.contains("非财政拨款结余")),
                labelled(summary, true, l -> l.contains("事业基金")), labelled(summary, false, l -> l.contains("结余分配")));
    }

    private static List<CarryForward> fiscalOpening(StatementTable fiscal) {
        List<CarryForward> opening = new ArrayList<>();
        if (fiscal == null) {
            return opening;
        }
        int amount = firstAmount(fiscal, 0);
        BigDecimal total = null;
        for (TableRow row : fiscal.rows()) {
            String label = TableQueries.plain(row.cell(0).display());
            if (total == null && (label.contains("年初") || label.contains("上年结转"))) {
                total = row.amount(amount);
            } else if (total != null && label.contains("总计")) {
                break;
            } else if (total != null && row.amount(amount).signum() > 0) {
                TablesToModel.incomeSource(label).ifPresent(source -> opening.add(new CarryForward(source, row.amount(amount))));
            }
        }
        BigDecimal rest = total == null ? BigDecimal.ZERO : total.subtract(Money.sum(opening, CarryForward::amount));
        if (rest.signum() > 0) {
            opening.add(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, rest));
        }
        return opening;
    }

    private static List<CarryForward> fiscalClosing(StatementTable fiscal) {
        List<CarryForward> closing = new ArrayList<>();
        int label = fiscal == null ? -1 : secondText(fiscal);
        Optional<TableRow> row = label < 0 ? Optional.empty() : fiscal.rows().stream()
                .filter(r -> TableQueries.plain(r.cell(label).display()).contains("年末")).findFirst();
        if (row.isEmpty()) {
            return closing;
        }
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_FISCAL_SUMMARY");
        String[] columns = layout.labels("fiscalGeneral", "fiscalFund", "fiscalCapital");
        for (int i = 0; i < FISCAL.size(); i++) {
            BigDecimal amount = TableQueries.amountIfPrinted(fiscal, row.get(), columns[i]);
            if (amount.signum() > 0) {
                closing.add(new CarryForward(FISCAL.get(i), amount));
            }
        }
        BigDecimal rest = row.get().amount(firstAmount(fiscal, label)).subtract(Money.sum(closing, CarryForward::amount));
        if (rest.signum() > 0) {
            closing.add(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, rest));
        }
        return closing;
    }

    /** What table 1's balance holds beyond the fiscal balances: the units' own funds. */
    private static void unitFunds(List<CarryForward> balances, BigDecimal total) {
        BigDecimal rest = total == null ? BigDecimal.ZERO : total.subtract(Money.sum(balances, CarryForward::amount));
        if (rest.signum() > 0) {
            balances.add(new CarryForward(FundingSource.OTHER_INCOME, rest));
        }
    }

    /** The amount of the first row whose label on one side matches; null where the table prints no such row. */
    private static BigDecimal labelled(StatementTable table, boolean income, Predicate<String> label) {
        if (table == null) {
            return null;
        }
        int name = income ? 0 : secondText(table);
        return name < 0 ? null : table.rows().stream().filter(r -> label.test(TableQueries.plain(r.cell(name).display())))
                .findFirst().map(r -> r.amount(firstAmount(table, name))).orElse(null);
    }

    /** The first amount column right of a column. */
    static int firstAmount(StatementTable table, int from) {
        for (int c = from + 1; c < table.columns().size(); c++) {
            if (table.columns().get(c).amounts()) {
                return c;
            }
        }
        return from + 1;
    }

    /** The expenditure side's label column of a two-sided table: its second text column. */
    private static int secondText(StatementTable table) {
        int texts = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            if (!table.columns().get(c).amounts() && ++texts == 2) {
                return c;
            }
        }
        return -1;
    }
}
