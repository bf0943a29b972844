package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.SummaryRow;
import org.gongkai.core.classification.YearCatalog;

/** Table 1, 部门预算收支总表: income by type beside expenditure by function class, with the year's full row set. */
public final class SummaryTable implements TableGenerator {

    @Override
    public StandardTable kind() {
        return StandardTable.SUMMARY;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        BudgetFigures figures = budget.figures();
        List<String[]> income = incomeSide(figures, catalog);
        List<Object[]> expenditure = expenditureSide(budget, catalog);
        List<TableRow> rows = new ArrayList<>();
        int lines = Math.max(income.size(), expenditure.size());
        for (int i = 0; i < lines; i++) {
            rows.add(new TableRow(i + 1, RowStyle.PLAIN, List.of(
                    i < income.size() ? Cell.text(income.get(i)[0]) : Cell.BLANK,
                    i < income.size() ? Cell.amount(new BigDecimal(income.get(i)[1])) : Cell.BLANK,
                    i < expenditure.size() ? Cell.text((String) expenditure.get(i)[0]) : Cell.BLANK,
                    i < expenditure.size() ? Cell.amount((BigDecimal) expenditure.get(i)[1]) : Cell.BLANK)));
        }
        addTotal(rows, "本年收入合计", figures.incomeThisYear(), "本年支出合计", figures.expenditureThisYear());
        addTotal(rows, "上年结转结余", figures.incomeCarriedOver(), "年终结转结余", figures.carryForwardTotal());
        addTotal(rows, "收入总计", figures.incomeTotal(), "支出总计", figures.expenditureTotal());
        List<List<HeaderCell>> header = List.of(
                List.of(HeaderCell.wide("收入", 2), HeaderCell.wide("支出", 2)),
                List.of(HeaderCell.of("项目"), HeaderCell.of("预算数"), HeaderCell.of("项目"), HeaderCell.of("预算数")));
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("SUMMARY");
        List<Column> columns = List.of(Column.text(layout.label("item", "income")), Column.amount(layout.label("amount", "income")),
                Column.text(layout.label("item", "expenditure")), Column.amount(layout.label("total", "expenditure")));
        return TableLayout.frame(kind(), budget, header, columns, rows, null);
    }

    private static List<String[]> incomeSide(BudgetFigures figures, YearCatalog catalog) {
        List<String[]> side = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            String label = ChineseNumerals.label(side.size() + 1, catalog.incomeTypeName(source.name()));
            side.add(new String[] {label, figures.income(source, false).toPlainString()});
        }
        return side;
    }

    private static List<Object[]> expenditureSide(DepartmentBudget budget, YearCatalog catalog) {
        Map<FunctionCode, BigDecimal> byClass = new LinkedHashMap<>();
        for (ExpenditureLine line : budget.expenditures()) {
            byClass.merge(line.functionCode().classCode(), line.amount(), BigDecimal::add);
        }
        List<Object[]> side = new ArrayList<>();
        for (SummaryRow row : catalog.summaryRows()) {
            BigDecimal amount = row.code().map(byClass::remove).orElse(Money.ZERO);
            side.add(new Object[] {ChineseNumerals.label(side.size() + 1, row.label()), amount});
        }
        // A class missing from the year's row set still shows, so no amount is lost from the table.
        byClass.forEach((code, amount) -> side.add(new Object[] {
                ChineseNumerals.label(side.size() + 1, catalog.functionName(code)), amount}));
        return side;
    }

    private static void addTotal(List<TableRow> rows, String incomeLabel, BigDecimal income,
                                 String expenditureLabel, BigDecimal expenditure) {
        rows.add(new TableRow(rows.size() + 1, RowStyle.TOTAL, List.of(Cell.text(incomeLabel), Cell.amount(income),
                Cell.text(expenditureLabel), Cell.amount(expenditure))));
    }
}
