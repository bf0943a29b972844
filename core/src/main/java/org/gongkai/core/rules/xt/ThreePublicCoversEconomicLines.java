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
import org.gongkai.core.tables.TableRow;

/**
 * R-XT-07: each "三公" part is at least the matching economic line of basic expenditure (30217 公务接待费,
 * 30231 公务用车运行维护费, 31013/30913 公务用车购置). Not equal: "三公" also covers project spending.
 */
public final class ThreePublicCoversEconomicLines extends BaseRule {

    /** The “三公” rows (labels from core/layout/three-public-rows.tsv) and the economic codes they cover. */
    private static final Map<String, List<String>> PARTS = Map.of(
            label("reception"), List.of("30217"),
            label("vehicleOperation"), List.of("30231"),
            label("vehiclePurchase"), List.of("31013", "30913"));

    private static String label(String key) {
        return TableQueries.plain(org.gongkai.core.layout.Layouts.builtIn().threePublicLabel(key));
    }

    public ThreePublicCoversEconomicLines() {
        super("R-XT-07", Severity.ERROR, "“三公”经费各项 ≥ 基本支出表中对应经济分类科目（30217 公务接待费、30231 公务用车运行维护费、"
                + "31013/30913 公务用车购置）；因“三公”还含项目支出，不要求相等",
                "“三公”经费表公务接待费为 5.00，小于基本支出表 30217 公务接待费 10.88");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.THREE_PUBLIC).ifPresent(three -> disclosure.table(StandardTable.GENERAL_PUBLIC_BASIC)
                .ifPresent(basic -> PARTS.forEach((part, codes) -> compare(three, basic, part, codes, findings))));
        return findings;
    }

    private void compare(StatementTable three, StatementTable basic, String part, List<String> codes, List<Finding> findings) {
        Map<String, TableRow> lines = TableComparison.byCode(basic);
        BigDecimal economic = codes.stream().filter(lines::containsKey)
                .map(code -> TableQueries.amount(basic, lines.get(code), "合计")).reduce(BigDecimal.ZERO, BigDecimal::add);
        TableComparison.labeled(three, 0, part).ifPresent(row -> {
            BigDecimal stated = TableQueries.amount(three, row, "合计");
            if (stated.compareTo(economic) < 0) {
                findings.add(finding(Locations.cell(three, row, three.columnIndex("合计")), "“三公”经费表" + part + "为 "
                        + money(stated) + "，小于基本支出表 " + String.join("/", codes) + " " + part + " " + money(economic)));
            }
        });
    }
}
