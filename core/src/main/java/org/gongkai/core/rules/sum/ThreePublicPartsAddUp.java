package org.gongkai.core.rules.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * R-SUM-09: in the "三公" table, 小计 = 出国 + 公务用车 + 接待, 出国 = 教学科研 + 其他, 公务用车 = 购置 + 运行维护,
 * and 合计 = 小计, in every column.
 */
public final class ThreePublicPartsAddUp extends BaseRule {

    private record Part(String whole, List<String> parts) {
    }

    /** Each row that has parts, with them: from the rows' parents in core/layout/three-public-rows.tsv. */
    private static final List<Part> PARTS = parts();

    private static List<Part> parts() {
        List<org.gongkai.core.layout.Layouts.ThreePublicRow> rows = org.gongkai.core.layout.Layouts.builtIn().threePublicRows();
        return rows.stream().map(whole -> new Part(TableQueries.plain(whole.label()), rows.stream()
                        .filter(r -> r.parent().equals(whole.key())).map(r -> TableQueries.plain(r.label())).toList()))
                .filter(p -> !p.parts().isEmpty())
                // the items before the totals they make up, the grand total last
                .sorted(java.util.Comparator.comparing((Part p) -> rows.stream().anyMatch(r -> r.parent().isEmpty()
                        && TableQueries.plain(r.label()).equals(p.whole())))).toList();
    }

    public ThreePublicPartsAddUp() {
        super("R-SUM-09", Severity.ERROR, "“三公”经费支出表：小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费；"
                + "各项 = 其明细之和（每一列）", "“三公”经费小计 为 374.46，但 因公出国(境)费 + 公务用车购置及运维费 + 公务接待费 = 374.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.THREE_PUBLIC).ifPresent(table -> {
            for (Part part : PARTS) {
                check(table, part, findings);
            }
        });
        return findings;
    }

    private void check(StatementTable table, Part part, List<Finding> findings) {
        Optional<TableRow> whole = TableQueries.rowLabeled(table, 0, part.whole());
        List<Optional<TableRow>> parts = part.parts().stream().map(p -> TableQueries.rowLabeled(table, 0, p)).toList();
        if (whole.isEmpty() || parts.stream().anyMatch(Optional::isEmpty)) {
            return;
        }
        for (int c = 1; c < table.columns().size(); c++) {
            int column = c;
            BigDecimal sum = parts.stream().map(p -> p.orElseThrow().amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!same(whole.get().amount(c), sum)) {
                findings.add(finding(Locations.cell(table, whole.get(), c), part.whole() + " 为 " + money(whole.get().amount(c))
                        + "，但 " + String.join(" + ", part.parts()) + " = " + money(sum)));
            }
        }
    }
}
