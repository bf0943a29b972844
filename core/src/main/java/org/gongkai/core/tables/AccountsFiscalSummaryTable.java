package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * 决算 table 4, 财政拨款收入支出决算总表: the three fiscal appropriations received and carried in, beside fiscal
 * spending by function class in three funding columns and the fiscal balances carried out.
 */
public final class AccountsFiscalSummaryTable implements AccountsTableGenerator {

    private static final List<FundingSource> FISCAL = TableLayout.FISCAL;
    private static final String[] INCOME_LABELS = {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"};

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_FISCAL_SUMMARY;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        Map<FunctionCode, BigDecimal[]> byClass = new LinkedHashMap<>();
        for (ExpenditureLine line : accounts.actuals().expenditures()) {
            if (line.source().isFiscalAppropriation()) {
                CodeRollup.accumulate(byClass.computeIfAbsent(line.functionCode().classCode(), c -> CodeRollup.zeros(4)),
                        TableLayout.fiscalColumns(line.source(), line.amount()));
            }
        }
        List<String> labels = TableLayout.classLabels(catalog, byClass.keySet());
        List<BigDecimal[]> amounts = TableLayout.classAmounts(catalog, byClass, 4);
        List<TableRow> rows = new ArrayList<>();
        BigDecimal[] spent = CodeRollup.zeros(4);
        for (int i = 0; i < labels.size(); i++) {
            boolean income = i < FISCAL.size();
            rows.add(TableLayout.fiscalRow(rows, RowStyle.PLAIN, income ? Cell.text(ChineseNumerals.label(i + 1, INCOME_LABELS[i])) : Cell.BLANK,
                    income ? Cell.amount(accounts.figures().income(FISCAL.get(i), false)) : Cell.BLANK,
                    Cell.text(labels.get(i)), amounts.get(i)));
            CodeRollup.accumulate(spent, amounts.get(i));
        }
        BigDecimal received = Money.ZERO;
        BigDecimal carriedIn = Money.ZERO;
        BigDecimal[] carriedOut = CodeRollup.zeros(4);
        for (FundingSource source : FISCAL) {
            received = received.add(accounts.figures().income(source, false));
            carriedIn = carriedIn.add(accounts.balances().opening(source));
            CodeRollup.accumulate(carriedOut, TableLayout.fiscalColumns(source, accounts.balances().closing(source)));
        }
        rows.add(TableLayout.fiscalRow(rows, RowStyle.TOTAL, Cell.text("本年收入合计"), Cell.amount(received), Cell.text("本年支出合计"), spent));
        rows.add(TableLayout.fiscalRow(rows, RowStyle.PLAIN, Cell.text("年初财政拨款结转和结余"), Cell.amount(carriedIn),
                Cell.text("年末财政拨款结转和结余"), carriedOut));
        for (int i = 0; i < FISCAL.size(); i++) {
            rows.add(TableLayout.fiscalRow(rows, RowStyle.PLAIN, Cell.text(ChineseNumerals.label(i + 1, INCOME_LABELS[i])),
                    Cell.amount(accounts.balances().opening(FISCAL.get(i))), Cell.BLANK, null));
        }
        CodeRollup.accumulate(spent, carriedOut);
        rows.add(TableLayout.fiscalRow(rows, RowStyle.TOTAL, Cell.text("总计"), Cell.amount(received.add(carriedIn)), Cell.text("总计"), spent));
        return TableLayout.frame(kind(), accounts, header(), columns(), rows, null);
    }



    private static List<List<HeaderCell>> header() {
        return List.of(List.of(HeaderCell.wide("收入", 2), HeaderCell.wide("支出", 5)),
                List.of(HeaderCell.of("项目"), HeaderCell.of("决算数"), HeaderCell.of("项目"), HeaderCell.of("合计"),
                        HeaderCell.of(INCOME_LABELS[0]), HeaderCell.of(INCOME_LABELS[1]), HeaderCell.of(INCOME_LABELS[2])));
    }

    private static List<Column> columns() {
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_FISCAL_SUMMARY");
        return List.of(Column.text(layout.label("item", "income")), Column.amount(layout.label("amount", "income")),
                Column.text(layout.label("item", "expenditure")), Column.amount(layout.label("total", "expenditure")),
                Column.amount(layout.label("fiscalGeneral", "expenditure")), Column.amount(layout.label("fiscalFund", "expenditure")),
                Column.amount(layout.label("fiscalCapital", "expenditure")));
    }
}
