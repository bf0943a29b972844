package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * 决算 table 1, 收入支出决算总表: the year's income by source beside its expenditure by function class, closed by the
 * balances — 使用非财政拨款结余 and 年初结转和结余 on the income side, 结余分配 and 年末结转和结余 on the other — to 总计.
 */
public final class AccountsSummaryTable implements AccountsTableGenerator {

    /** The income rows in their printed order, with their printed names. */
    static final Map<FundingSource, String> INCOME_ROWS = incomeRows();

    private static Map<FundingSource, String> incomeRows() {
        Map<FundingSource, String> rows = new LinkedHashMap<>();
        rows.put(FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算财政拨款收入");
        rows.put(FundingSource.GOVERNMENT_FUND, "政府性基金预算财政拨款收入");
        rows.put(FundingSource.STATE_CAPITAL, "国有资本经营预算财政拨款收入");
        rows.put(FundingSource.SUPERIOR_SUBSIDY, "上级补助收入");
        rows.put(FundingSource.PUBLIC_SERVICE_INCOME, "事业收入");
        rows.put(FundingSource.OPERATING_INCOME, "经营收入");
        rows.put(FundingSource.AFFILIATE_REMITTANCE, "附属单位上缴收入");
        rows.put(FundingSource.OTHER_INCOME, "其他收入");
        return rows;
    }

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_SUMMARY;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        List<Cell[]> income = new ArrayList<>();
        int n = 0;
        for (Map.Entry<FundingSource, String> row : INCOME_ROWS.entrySet()) {
            income.add(new Cell[] {Cell.text(ChineseNumerals.label(++n, row.getValue())),
                    Cell.amount(accounts.figures().income(row.getKey(), false))});
        }
        BigDecimal specialAccount = accounts.figures().income(FundingSource.FISCAL_SPECIAL_ACCOUNT, false);
        if (specialAccount.signum() != 0) {
            income.add(new Cell[] {Cell.text(ChineseNumerals.label(++n, "财政专户管理资金收入")), Cell.amount(specialAccount)});
        }
        Map<FunctionCode, BigDecimal[]> byClass = new LinkedHashMap<>();
        for (ExpenditureLine line : accounts.actuals().expenditures()) {
            CodeRollup.accumulate(byClass.computeIfAbsent(line.functionCode().classCode(), c -> CodeRollup.zeros(1)),
                    new BigDecimal[] {line.amount()});
        }
        List<String> labels = TableLayout.classLabels(catalog, byClass.keySet());
        List<BigDecimal[]> amounts = TableLayout.classAmounts(catalog, byClass, 1);
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), labels.size()); i++) {
            Cell[] in = i < income.size() ? income.get(i) : new Cell[] {Cell.BLANK, Cell.BLANK};
            Cell[] out = i < labels.size() ? new Cell[] {Cell.text(labels.get(i)), Cell.amount(amounts.get(i)[0])}
                    : new Cell[] {Cell.BLANK, Cell.BLANK};
            rows.add(row(rows, RowStyle.PLAIN, in[0], in[1], out[0], out[1]));
        }
        Balances balances = accounts.balances();
        rows.add(row(rows, RowStyle.TOTAL, Cell.text("本年收入合计"), Cell.amount(accounts.incomeTotal()),
                Cell.text("本年支出合计"), Cell.amount(accounts.expenditureTotal())));
        rows.add(row(rows, RowStyle.PLAIN, Cell.text("使用非财政拨款结余"), Cell.amount(balances.nonFiscalSurplusUsed()),
                Cell.text("结余分配"), Cell.amount(balances.surplusDistribution())));
        if (!Money.isZero(balances.careerFundUsed())) {
            rows.add(row(rows, RowStyle.PLAIN, Cell.text("用事业基金弥补收支差"), Cell.amount(balances.careerFundUsed()),
                    Cell.BLANK, Cell.BLANK));
        }
        rows.add(row(rows, RowStyle.PLAIN, Cell.text("年初结转和结余"), Cell.amount(balances.openingTotal()),
                Cell.text("年末结转和结余"), Cell.amount(balances.closingTotal())));
        rows.add(row(rows, RowStyle.TOTAL, Cell.text("总计"), Cell.amount(accounts.grandTotalIncomeSide()),
                Cell.text("总计"), Cell.amount(accounts.grandTotalExpenditureSide())));
        return TableLayout.frame(kind(), accounts, header(), columns(), rows, null);
    }

    private static TableRow row(List<TableRow> rows, RowStyle style, Cell incomeLabel, Cell income, Cell label, Cell amount) {
        return new TableRow(rows.size() + 1, style, List.of(incomeLabel, income, label, amount));
    }

    private static List<List<HeaderCell>> header() {
        return List.of(List.of(HeaderCell.wide("收入", 2), HeaderCell.wide("支出", 2)),
                List.of(HeaderCell.of("项目"), HeaderCell.of("决算数"), HeaderCell.of("项目"), HeaderCell.of("决算数")));
    }

    private static List<Column> columns() {
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_SUMMARY");
        return List.of(Column.text(layout.label("item", "income")), Column.amount(layout.label("amount", "income")),
                Column.text(layout.label("item", "expenditure")), Column.amount(layout.label("amount", "expenditure")));
    }
}
