package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * The 决算 tables state the same totals: 支出决算表's 合计 is 收入支出决算总表's 本年支出合计, 收入决算表's 合计 its
 * 本年收入合计, and 一般公共预算财政拨款支出决算表's 合计 the 一般公共预算 column of 财政拨款收入支出决算总表's 本年支出合计.
 */
public final class AccountsTablesAgree extends AccountsRule {

    public AccountsTablesAgree() {
        super("R-ACC-06", Severity.ERROR,
                "表间一致：支出决算表合计＝收入支出决算总表本年支出合计；收入决算表合计＝本年收入合计；"
                        + "一般公共预算财政拨款支出决算表合计＝财政拨款收入支出决算总表本年支出合计的一般公共预算财政拨款",
                "表3《支出决算表》 合计 307.82 与表1《收入支出决算总表》本年支出合计 307.72 不等");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        Optional<StatementTable> summary = disclosure.table(StandardTable.ACCOUNTS_SUMMARY).filter(t -> t.columns().size() >= 4);
        summary.flatMap(t -> TwoSides.of(t, 2, "本年支出合计")).ifPresent(side ->
                compare(disclosure, StandardTable.ACCOUNTS_EXPENDITURE, "total", side, 3, "本年支出合计", findings));
        summary.flatMap(t -> TwoSides.of(t, 0, "本年收入合计")).ifPresent(side ->
                compare(disclosure, StandardTable.ACCOUNTS_INCOME, "total", side, 1, "本年收入合计", findings));
        disclosure.table(StandardTable.ACCOUNTS_FISCAL_SUMMARY).filter(t -> t.columns().size() >= 5)
                .flatMap(t -> TwoSides.of(t, 2, "本年支出合计")).ifPresent(side ->
                        compare(disclosure, StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE, "total", side, 4,
                                "本年支出合计（一般公共预算财政拨款）", findings));
        return findings;
    }

    private void compare(Disclosure disclosure, StandardTable detailKind, String key, TwoSides side, int column, String what,
                         List<Finding> findings) {
        disclosure.table(detailKind).ifPresent(detail -> {
            Optional<TableRow> total = TableQueries.totalRow(detail);
            Optional<Integer> totalColumn = AccountsColumns.index(detail, key);
            if (total.isEmpty() || totalColumn.isEmpty()) {
                return;
            }
            BigDecimal stated = total.get().amount(totalColumn.get());
            BigDecimal summed = side.total().amount(column);
            if (!same(stated, summed)) {
                findings.add(finding(Locations.cell(detail, total.get(), totalColumn.get()), "合计 " + money(stated) + " 与"
                        + Locations.table(side.table()) + what + " " + money(summed) + " 不等（相差 " + money(stated.subtract(summed).abs()) + "）"));
            }
        });
    }
}
