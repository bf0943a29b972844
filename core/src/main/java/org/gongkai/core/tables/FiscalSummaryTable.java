package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.SummaryRow;
import org.gongkai.core.classification.YearCatalog;

/**
 * Table 4, 部门预算财政拨款收支总表: the three fiscal appropriations as income, and fiscal expenditure by
 * function class in three funding columns, with 年初/年末财政拨款结转和结余.
 */
public final class FiscalSummaryTable implements TableGenerator {

    private static final List<FundingSource> FISCAL = TableLayout.FISCAL;
    private static final String[] INCOME_LABELS = {"一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"};

    @Override
    public StandardTable kind() {
        return StandardTable.FISCAL_SUMMARY;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        BudgetFigures figures = budget.figures();
        Map<FunctionCode, BigDecimal[]> byClass = fiscalByClass(budget);
        List<TableRow> rows = new ArrayList<>();
        BigDecimal[] spent = CodeRollup.zeros(4);
        List<String> labels = TableLayout.classLabels(catalog, byClass.keySet());
        List<BigDecimal[]> amounts = TableLayout.classAmounts(catalog, byClass, 4);
        for (int i = 0; i < labels.size(); i++) {
            Cell incomeLabel = i < FISCAL.size() ? Cell.text(ChineseNumerals.label(i + 1, INCOME_LABELS[i])) : Cell.BLANK;
            Cell income = i < FISCAL.size() ? Cell.amount(figures.income(FISCAL.get(i), false)) : Cell.BLANK;
            rows.add(TableLayout.fiscalRow(rows, RowStyle.PLAIN, incomeLabel, income, Cell.text(labels.get(i)), amounts.get(i)));
            CodeRollup.accumulate(spent, amounts.get(i));
        }
        BigDecimal incomeThisYear = sum(FISCAL.stream().map(s -> figures.income(s, false)).toList());
        BigDecimal carriedIn = sum(FISCAL.stream().map(s -> figures.income(s, true)).toList());
        BigDecimal[] carriedOut = carryForward(budget);
        rows.add(TableLayout.fiscalRow(rows, RowStyle.TOTAL, Cell.text("本年收入合计"), Cell.amount(incomeThisYear), Cell.text("本年支出合计"), spent));
        rows.add(TableLayout.fiscalRow(rows, RowStyle.TOTAL, Cell.text("年初财政拨款结转和结余"), Cell.amount(carriedIn),
                Cell.text("年末财政拨款结转和结余"), carriedOut));
        for (int i = 0; i < FISCAL.size(); i++) {
            rows.add(TableLayout.fiscalRow(rows, RowStyle.PLAIN, Cell.text(ChineseNumerals.label(i + 1, INCOME_LABELS[i])),
                    Cell.amount(figures.income(FISCAL.get(i), true)), Cell.BLANK, null));
        }
        CodeRollup.accumulate(spent, carriedOut);
        rows.add(TableLayout.fiscalRow(rows, RowStyle.TOTAL, Cell.text("收入总计"), Cell.amount(incomeThisYear.add(carriedIn)),
                Cell.text("支出总计"), spent));
        return TableLayout.frame(kind(), budget, header(), columns(), rows, null);
    }

    private static Map<FunctionCode, BigDecimal[]> fiscalByClass(DepartmentBudget budget) {
        Map<FunctionCode, BigDecimal[]> byClass = new LinkedHashMap<>();
        for (ExpenditureLine line : budget.expenditures()) {
            if (line.source().isFiscalAppropriation()) {
                CodeRollup.accumulate(byClass.computeIfAbsent(line.functionCode().classCode(), c -> CodeRollup.zeros(4)),
                        TableLayout.fiscalColumns(line.source(), line.amount()));
            }
        }
        return byClass;
    }

    private static BigDecimal[] carryForward(DepartmentBudget budget) {
        BigDecimal[] amounts = CodeRollup.zeros(4);
        for (CarryForward line : budget.carryForward()) {
            if (line.source().isFiscalAppropriation()) {
                CodeRollup.accumulate(amounts, TableLayout.fiscalColumns(line.source(), line.amount()));
            }
        }
        return amounts;
    }



    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(Money.ZERO, BigDecimal::add);
    }

    private static List<List<HeaderCell>> header() {
        return List.of(
                List.of(HeaderCell.wide("收入", 2), HeaderCell.wide("支出", 5)),
                List.of(HeaderCell.of("项目"), HeaderCell.of("金额"), HeaderCell.of("项目"), HeaderCell.of("合计"),
                        HeaderCell.of("一般公共预算财政拨款"), HeaderCell.of("政府性基金预算财政拨款"),
                        HeaderCell.of("国有资本经营预算财政拨款")));
    }

    private static List<Column> columns() {
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("FISCAL_SUMMARY");
        return List.of(Column.text(layout.label("item", "income")), Column.amount(layout.label("amount", "income")),
                Column.text(layout.label("item", "expenditure")), Column.amount(layout.label("total", "expenditure")),
                Column.amount(layout.label("fiscalGeneral", "expenditure")), Column.amount(layout.label("fiscalFund", "expenditure")),
                Column.amount(layout.label("fiscalCapital", "expenditure")));
    }
}
