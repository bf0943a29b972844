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
 * 收入支出决算总表 adds up: 本年收入合计 is the sum of the income sources, 本年支出合计 the sum of the function classes,
 * each 总计 the year's total with the balances and flows printed under it, and the two 总计 are equal.
 */
public final class AccountsSummaryAddsUp extends AccountsRule {

    private static final int INCOME_LABEL = 0;
    private static final int INCOME = 1;
    private static final int EXPENDITURE_LABEL = 2;
    private static final int EXPENDITURE = 3;

    public AccountsSummaryAddsUp() {
        super("R-ACC-01", Severity.ERROR,
                "收入支出决算总表：本年收入合计＝各项收入之和，本年支出合计＝各类支出之和；收入总计＝本年收入合计＋使用非财政拨款结余"
                        + "＋用事业基金弥补收支差＋年初结转和结余，支出总计＝本年支出合计＋结余分配＋年末结转和结余，两侧总计相等",
                "表1《收入支出决算总表》 本年支出合计为 307.82，但各类支出之和为 307.72");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.ACCOUNTS_SUMMARY).filter(t -> t.columns().size() >= 4).ifPresent(table -> {
            var income = TwoSides.of(table, INCOME_LABEL, "本年收入合计");
            var spending = TwoSides.of(table, EXPENDITURE_LABEL, "本年支出合计");
            income.ifPresent(side -> sumOfItems(side, INCOME, "各项收入", findings));
            spending.ifPresent(side -> sumOfItems(side, EXPENDITURE, "各类支出", findings));
            BigDecimal incomeGrand = null;
            BigDecimal spendingGrand = null;
            if (income.isPresent() && income.get().below("总计").isPresent()) {
                TwoSides side = income.get();
                BigDecimal parts = side.total().amount(INCOME).add(side.amountBelow("使用非财政拨款结余", INCOME))
                        .add(side.amountBelow("用事业基金弥补收支差", INCOME)).add(side.amountBelow("年初结转和结余", INCOME));
                incomeGrand = side.below("总计").get().amount(INCOME);
                check(table, side.below("总计").get(), INCOME, parts, "本年收入合计、使用非财政拨款结余和年初结转和结余之和", findings);
            }
            if (spending.isPresent() && spending.get().below("总计").isPresent()) {
                TwoSides side = spending.get();
                BigDecimal parts = side.total().amount(EXPENDITURE).add(side.amountBelow("结余分配", EXPENDITURE))
                        .add(side.amountBelow("年末结转和结余", EXPENDITURE));
                spendingGrand = side.below("总计").get().amount(EXPENDITURE);
                check(table, side.below("总计").get(), EXPENDITURE, parts, "本年支出合计、结余分配和年末结转和结余之和", findings);
            }
            if (incomeGrand != null && spendingGrand != null && !same(incomeGrand, spendingGrand)) {
                findings.add(finding(Locations.table(table), "收入总计 " + money(incomeGrand) + " 与支出总计 " + money(spendingGrand) + " 不等"));
            }
        });
        return findings;
    }

    private void sumOfItems(TwoSides side, int column, String items, List<Finding> findings) {
        check(side.table(), side.total(), column, TableQueries.sum(side.table(), side.items(), column), items + "之和", findings);
    }

    private void check(StatementTable table, TableRow row, int column, BigDecimal expected, String what, List<Finding> findings) {
        if (!same(row.amount(column), expected)) {
            findings.add(finding(Locations.cell(table, row, column), TableQueries.plain(row.cell(column - 1).display()) + "为 "
                    + money(row.amount(column)) + "，但" + what + "为 " + money(expected)));
        }
    }
}
