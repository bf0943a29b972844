package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * 财政拨款收入支出决算总表 adds up: 本年收入合计 is the sum of the three appropriations; on the expenditure side every
 * row's 合计 is the sum of its three appropriation columns, 本年支出合计 the sum of the classes in each column; each
 * 总计 adds the fiscal balance carried in or out; the two 总计 are equal.
 */
public final class AccountsFiscalSummaryAddsUp extends AccountsRule {

    private static final int INCOME_LABEL = 0;
    private static final int INCOME = 1;
    private static final int EXPENDITURE_LABEL = 2;
    private static final int TOTAL = 3;

    public AccountsFiscalSummaryAddsUp() {
        super("R-ACC-02", Severity.ERROR,
                "财政拨款收入支出决算总表：本年收入合计＝三项财政拨款之和；支出每行合计＝三项财政拨款之和，本年支出合计＝各类之和；"
                        + "总计＝本年合计＋年初（年末）财政拨款结转和结余，两侧总计相等",
                "表4《财政拨款收入支出决算总表》 第1行 “合计”列为 264.87，但三项财政拨款之和为 264.78");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.ACCOUNTS_FISCAL_SUMMARY).filter(t -> t.columns().size() >= 4).ifPresent(table -> {
            int last = table.columns().size() - 1;
            // Only the appropriation columns the table prints, found by their headers: a region that prints 基本/项目
            // beside them is not summed into 合计 twice.
            List<Integer> sources = AccountsColumns.indexes(table, "fiscalGeneral", "fiscalFund", "fiscalCapital");
            for (TableRow row : table.rows()) {
                if (sources.size() >= 2 && !row.cell(EXPENDITURE_LABEL).display().isBlank()) {
                    check(table, row, TOTAL, AccountsColumns.sum(row, sources), "各项财政拨款之和", findings);
                }
            }
            var income = TwoSides.of(table, INCOME_LABEL, "本年收入合计");
            var spending = TwoSides.of(table, EXPENDITURE_LABEL, "本年支出合计");
            income.ifPresent(side -> check(table, side.total(), INCOME, TableQueries.sum(table, side.items(), INCOME), "三项财政拨款收入之和", findings));
            spending.ifPresent(side -> {
                for (int c = TOTAL; c <= last; c++) {
                    check(table, side.total(), c, TableQueries.sum(table, side.items(), c), "各类支出之和", findings);
                }
            });
            BigDecimal incomeGrand = income.flatMap(side -> side.below("总计").map(grand -> {
                check(table, grand, INCOME, side.total().amount(INCOME).add(side.amountBelow("年初财政拨款结转和结余", INCOME)),
                        "本年收入合计与年初财政拨款结转和结余之和", findings);
                return grand.amount(INCOME);
            })).orElse(null);
            BigDecimal spendingGrand = spending.flatMap(side -> side.below("总计").map(grand -> {
                for (int c = TOTAL; c <= last; c++) {
                    check(table, grand, c, side.total().amount(c).add(side.amountBelow("年末财政拨款结转和结余", c)),
                            "本年支出合计与年末财政拨款结转和结余之和", findings);
                }
                return grand.amount(TOTAL);
            })).orElse(null);
            if (incomeGrand != null && spendingGrand != null && !same(incomeGrand, spendingGrand)) {
                findings.add(finding(Locations.table(table), "收入总计 " + money(incomeGrand) + " 与支出总计 " + money(spendingGrand) + " 不等"));
            }
        });
        return findings;
    }

    private void check(StatementTable table, TableRow row, int column, BigDecimal expected, String what, List<Finding> findings) {
        if (!same(row.amount(column), expected)) {
            findings.add(finding(Locations.cell(table, row, column), "为 " + money(row.amount(column)) + "，但" + what + "为 "
                    + money(expected) + "（相差 " + money(row.amount(column).subtract(expected).abs()) + "）"));
        }
    }
}
