package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;

/**
 * R-CAT-03: a row's name is its code's name in that budget year; a name from another year is reported as such
 * (e.g. 2023 年仍写“行政事业单位离退休”). A table where many rows disagree has one cause (codes renumbered by hand,
 * or a local code list instead of the national one): it is reported once, with examples.
 */
public final class NameMatchesCode extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    /** From this many disagreeing rows in one table on, they are one finding. */
    static final int ONE_CAUSE = 4;
    private static final int EXAMPLES = 3;

    public NameMatchesCode() {
        super("R-CAT-03", Severity.ERROR, "科目名称与该年度目录中编码对应的名称一致",
                "2010305 的名称应为“专项业务及机关事务管理”，表中写作“事业运行”");
    }

    private record Mismatch(CodedRows row, String official) {
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.catalog().isEmpty()) {
            return List.of();
        }
        YearCatalog catalog = disclosure.catalog().get();
        Map<StatementTable, List<Mismatch>> byTable = new LinkedHashMap<>();
        for (CodedRows row : CodedRows.of(disclosure)) {
            row.entry(catalog).filter(CatalogEntry::verified)
                    .filter(e -> !TableQueries.plain(e.name()).equals(TableQueries.plain(row.name())))
                    .ifPresent(e -> byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(new Mismatch(row, e.name())));
        }
        List<Finding> findings = new ArrayList<>();
        byTable.forEach((table, mismatches) -> {
            if (mismatches.size() >= ONE_CAUSE) {
                findings.add(oneCause(table, mismatches));
            } else {
                mismatches.forEach(m -> findings.add(finding(Locations.row(table, m.row().row()), m.row().code()
                        + " 的名称应为“" + m.official() + "”，表中写作“" + m.row().name() + "”"
                        + CatalogNames.otherYearNote(catalog.year(), m.row().code(), m.row().name(), m.row().economic()))));
            }
        });
        return findings;
    }

    private Finding oneCause(StatementTable table, List<Mismatch> mismatches) {
        List<String> examples = mismatches.stream().limit(EXAMPLES).map(m -> "第" + m.row().row().seq() + "行 "
                + m.row().code() + " 写作“" + m.row().name() + "”（该编码为“" + m.official() + "”）").toList();
        return finding(Locations.table(table), mismatches.size() + " 行科目名称与编码不对应，如" + String.join("；", examples)
                + "。编码可能整体错位，或未使用全国统一的" + mismatches.get(0).row().kind().replace("科目", "") + "编码");
    }
}
