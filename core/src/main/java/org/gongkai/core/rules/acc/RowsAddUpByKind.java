package org.gongkai.core.rules.acc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.TableRow;

/**
 * In the 决算 spending tables every row's total is the sum of its kinds: 本年支出合计 ＝ 基本支出 ＋ 项目支出 ＋ 上缴上级支出
 * ＋ 经营支出 ＋ 对附属单位补助支出 (支出决算表), 合计 ＝ 基本 ＋ 项目 (一般公共预算、政府性基金、国有资本经营); and in 收入决算表
 * 本年收入合计 is the sum of its sources.
 */
public final class RowsAddUpByKind extends AccountsRule {

    /** Per table, the total's layout key and the keys of its parts. */
    private static final Map<StandardTable, List<String>> PARTS = Map.of(
            StandardTable.ACCOUNTS_EXPENDITURE, List.of("total", "basic", "project", "upperRemit", "operating", "subsidiary"),
            StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE, List.of("total", "basic", "project"),
            StandardTable.ACCOUNTS_GOVERNMENT_FUND, List.of("total", "basic", "project"),
            StandardTable.ACCOUNTS_STATE_CAPITAL, List.of("total", "basic", "project"),
            StandardTable.ACCOUNTS_INCOME, List.of("total", "fiscal", "upperSubsidy", "business", "operatingIncome",
                    "subsidiaryRemit", "other"));

    public RowsAddUpByKind() {
        super("R-ACC-05", Severity.ERROR,
                "支出决算表、一般公共预算/政府性基金/国有资本经营预算财政拨款支出决算表每行合计＝各支出类型之和；收入决算表每行本年收入合计＝各项收入之和",
                "表3《支出决算表》 第2行201 “本年支出合计”列为 264.87，但基本支出、项目支出等之和为 265.87（相差 1.00）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        PARTS.forEach((kind, keys) -> disclosure.table(kind).ifPresent(table -> {
            var total = AccountsColumns.index(table, keys.get(0));
            List<Integer> parts = AccountsColumns.indexes(table, keys.subList(1, keys.size()).toArray(String[]::new));
            // A table that prints only its total (or only one part) has nothing to add up.
            if (total.isEmpty() || parts.size() < 2) {
                return;
            }
            for (TableRow row : table.rows()) {
                var sum = AccountsColumns.sum(row, parts);
                if (!same(row.amount(total.get()), sum)) {
                    findings.add(finding(Locations.cell(table, row, total.get()), "为 " + money(row.amount(total.get()))
                            + "，但各" + (kind == StandardTable.ACCOUNTS_INCOME ? "项收入" : "支出类型") + "之和为 " + money(sum)
                            + "（相差 " + money(row.amount(total.get()).subtract(sum).abs()) + "）"));
                }
            }
        }));
        return findings;
    }
}
