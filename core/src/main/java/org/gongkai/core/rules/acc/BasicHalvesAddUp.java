package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/**
 * 一般公共预算财政拨款基本支出决算表 adds up within each half: every economic class (301, 302 …) is the sum of the 款
 * printed under it, and the half's closing row (人员经费合计, 公用经费合计) the sum of its classes.
 */
public final class BasicHalvesAddUp extends AccountsRule {

    public BasicHalvesAddUp() {
        super("R-ACC-03", Severity.ERROR,
                "一般公共预算财政拨款基本支出决算表：各经济分类类级科目＝其下各款之和，人员经费合计、公用经费合计＝本半表各类之和",
                "表6《一般公共预算财政拨款基本支出决算表》 302 商品和服务支出为 10.23，但其下各款之和为 10.22（相差 0.01）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC).flatMap(BasicHalves::of).ifPresent(table -> {
            for (BasicHalves.Half half : table.halves()) {
                for (BasicHalves.Line line : half.classes()) {
                    List<BasicHalves.Line> sections = half.sectionsOf(line.code().orElseThrow());
                    if (!sections.isEmpty()) {
                        check(table, line, sum(sections), line.code().orElseThrow() + " " + line.name(), "其下各款之和", findings);
                    }
                }
                // A half closes with its 人员经费合计 or 公用经费合计; a table printed as one list closes with two, each of its
                // own classes. A plain 合计 is the whole table's, wherever the print put it.
                for (BasicHalves.Line total : half.totals()) {
                    if (total.name().equals("合计") || total.name().equals("总计")) {
                        List<BasicHalves.Line> all = table.halves().stream().flatMap(h -> h.classes().stream()).toList();
                        if (!all.isEmpty()) {
                            check(table, total, sum(all), total.name(), "全表各类之和", findings);
                        }
                    } else if (!half.classes().isEmpty() && half.totals().size() == 1) {
                        check(table, total, sum(half.classes()), total.name(), "本半表各类之和", findings);
                    }
                }
            }
        });
        return findings;
    }

    /** The row and half: a row of the table holds a line of each half, and its label is the left one's. */
    static String where(BasicHalves table, BasicHalves.Line line) {
        String half = table.halves().size() == 2 ? (line.codeColumn() == 0 ? "左栏" : "右栏") : "";
        return Locations.table(table.table()) + " 第" + line.row().seq() + "行" + half + "（" + line.code().map(c -> c + " ").orElse("")
                + line.name() + "）“" + table.table().columns().get(line.amountColumn()).name() + "”列";
    }

    private static BigDecimal sum(List<BasicHalves.Line> lines) {
        return lines.stream().map(BasicHalves.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void check(BasicHalves table, BasicHalves.Line line, BigDecimal expected, String what, String parts, List<Finding> findings) {
        if (!same(line.amount(), expected)) {
            findings.add(finding(where(table, line), what + "为 " + money(line.amount())
                    + "，但" + parts + "为 " + money(expected) + "（相差 " + money(line.amount().subtract(expected).abs()) + "）"));
        }
    }
}
