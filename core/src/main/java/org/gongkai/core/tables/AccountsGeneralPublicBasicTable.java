package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * 决算 table 6, 一般公共预算财政拨款基本支出决算表, printed as two halves side by side: 人员经费 by economic class and
 * 款 on the left, closed by 人员经费合计, and 公用经费 on the right, closed by 公用经费合计.
 */
public final class AccountsGeneralPublicBasicTable implements AccountsTableGenerator {

    private static final org.gongkai.core.layout.TableLayout LAYOUT = org.gongkai.core.layout.Layouts.builtIn()
            .table("ACCOUNTS_GENERAL_PUBLIC_BASIC");

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        List<Cell[]> personnel = half(accounts, BasicCostKind.PERSONNEL, catalog, "人员经费合计");
        List<Cell[]> publicFunds = half(accounts, BasicCostKind.PUBLIC, catalog, "公用经费合计");
        List<TableRow> rows = new ArrayList<>();
        if (personnel.size() > 1 || publicFunds.size() > 1) {
            int body = Math.max(personnel.size(), publicFunds.size()) - 1;
            for (int i = 0; i < body; i++) {
                rows.add(row(rows, RowStyle.PLAIN, i < personnel.size() - 1 ? personnel.get(i) : null,
                        i < publicFunds.size() - 1 ? publicFunds.get(i) : null));
            }
            rows.add(row(rows, RowStyle.TOTAL, personnel.get(personnel.size() - 1), publicFunds.get(publicFunds.size() - 1)));
        }
        String note = rows.isEmpty() ? "注：本年度无一般公共预算财政拨款基本支出，空表列示。" : null;
        String code = LAYOUT.labels("code")[0];
        String name = LAYOUT.labels("name")[0];
        String amount = LAYOUT.labels("amount")[0];
        List<List<HeaderCell>> header = List.of(
                List.of(HeaderCell.wide("人员经费", 3), HeaderCell.wide("公用经费", 3)),
                List.of(HeaderCell.of(code), HeaderCell.of(name), HeaderCell.of(amount), HeaderCell.of(code), HeaderCell.of(name),
                        HeaderCell.of(amount)));
        List<Column> columns = List.of(Column.text(code), Column.text(name), Column.amount(amount), Column.text(code),
                Column.text(name), Column.amount(amount));
        return TableLayout.frame(kind(), accounts, header, columns, rows, note);
    }

    /** One half: each economic class and its 款 in code order, then the closing total row. */
    private static List<Cell[]> half(FinalAccounts accounts, BasicCostKind kind, YearCatalog catalog, String totalLabel) {
        List<BasicEconomicLine> lines = accounts.actuals().basicEconomic().stream().filter(l -> l.kind() == kind).toList();
        CodeRollup rollup = TableLayout.rollUp(lines, 1, line -> line.economicCode().value(), line -> new BigDecimal[] {line.amount()});
        List<Cell[]> cells = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> entry : rollup.byCode().entrySet()) {
            cells.add(new Cell[] {Cell.text(entry.getKey()), Cell.text(catalog.economicName(EconomicCode.of(entry.getKey()))),
                    Cell.amount(entry.getValue()[0])});
        }
        cells.add(new Cell[] {Cell.BLANK, Cell.text(totalLabel), Cell.amount(Money.orZero(rollup.total()[0]))});
        return cells;
    }

    private static TableRow row(List<TableRow> rows, RowStyle style, Cell[] left, Cell[] right) {
        List<Cell> cells = new ArrayList<>(6);
        for (Cell[] half : new Cell[][] {left, right}) {
            for (int i = 0; i < 3; i++) {
                cells.add(half == null ? Cell.BLANK : half[i]);
            }
        }
        return new TableRow(rows.size() + 1, style, cells);
    }
}
