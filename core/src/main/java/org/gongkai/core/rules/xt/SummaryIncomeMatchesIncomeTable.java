package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

/** R-XT-03: each income type of 收支总表 equals the matching column total of 收入总表. */
public final class SummaryIncomeMatchesIncomeTable extends BaseRule {

    /**
     * 收入总表 column → the 收支总表 income rows it adds up, in the wordings regions print (the first wording found in
     * the 收支总表 is used: 河北「一般公共预算拨款收入」, 上海「一般公共预算资金」, 江苏「一般公共预算」, or the one 财政拨款 row).
     */
    private static final Map<String, List<List<String>>> COLUMNS = Map.of(
            "财政拨款收入", List.of(List.of("一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入"),
                    List.of("一般公共预算资金", "政府性基金", "国有资本经营预算"),
                    List.of("一般公共预算", "政府性基金预算", "国有资本经营预算"), List.of("财政拨款收入"), List.of("财政拨款")),
            "财政专户收入", List.of(List.of("财政专户管理资金收入"), List.of("财政专户管理资金")),
            "事业收入", List.of(List.of("事业收入")),
            "经营收入", List.of(List.of("事业单位经营收入")),
            "上级补助收入", List.of(List.of("上级补助收入")),
            "附属单位上缴收入", List.of(List.of("附属单位上缴收入")),
            "其他收入", List.of(List.of("其他收入")),
            "上年结转", List.of(List.of("上年结转结余"), List.of("上年结转")));

    public SummaryIncomeMatchesIncomeTable() {
        super("R-XT-03", Severity.ERROR, "收支总表各项收入 = 收入总表对应列的合计（财政拨款收入 = 三项财政拨款之和）",
                "收支总表“事业收入”为 12.00，但收入总表“事业收入”列合计为 0.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.SUMMARY).ifPresent(summary -> disclosure.table(StandardTable.INCOME)
                .ifPresent(income -> COLUMNS.forEach((column, labels) -> compare(summary, income, column, labels, findings))));
        return findings;
    }

    private void compare(StatementTable summary, StatementTable income, String column, List<List<String>> wordings,
                         List<Finding> findings) {
        if (!TableQueries.hasColumn(income, column)) {
            return;
        }
        java.util.Optional<List<String>> printed = wordings.stream()
                .filter(w -> w.stream().anyMatch(l -> TableComparison.labeled(summary, 0, l).isPresent())).findFirst();
        if (printed.isEmpty()) {
            return; // the 收支总表 does not print this income: nothing to compare with
        }
        List<String> labels = printed.get();
        BigDecimal stated = labels.stream().map(l -> TableComparison.labeled(summary, 0, l)
                .map(r -> r.amount(1)).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal other = TableComparison.totalOf(income, column);
        if (!same(stated, other)) {
            String where = TableComparison.labeled(summary, 0, labels.get(0)).map(r -> Locations.cell(summary, r, 1))
                    .orElse(Locations.table(summary));
            findings.add(finding(where, "收支总表" + String.join("+", labels) + " 为 " + money(stated)
                    + "，但收入总表“" + column + "”列合计为 " + money(other)));
        }
    }
}
