package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.narrative.Sentences;
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
 * R-CAT-06: a 类 of the 支出功能分类 is called by the name in force in the budget year, not by a name the catalog's
 * history retired before it (「文化体育与传媒支出」 in a 2024 document: renamed 「文化旅游体育与传媒支出」 in 2019) — in the
 * explanation and in the tables' labels without a code (the 收支总表 lists classes by name only).
 */
public final class OldNameUsed extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public OldNameUsed() {
        super("R-CAT-06", Severity.ERROR, "功能分类科目使用预算年度的名称，不使用已更名前的旧称（依分类目录的名称沿革）",
                "2024 年的文件写作“文化体育与传媒支出”，207 自 2019 年起名为“文化旅游体育与传媒支出”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        int year = disclosure.model().year();
        if (!ClassificationCatalog.supports(year) || year <= ClassificationCatalog.FIRST_YEAR) {
            return List.of();
        }
        Map<String, String> retired = retiredNames(year);
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                String plain = Sentences.plain(sentence);
                retired.forEach((old, current) -> {
                    if (plain.contains(old)) {
                        findings.add(finding(Locations.sentence(section, sentence), message(year, old, current)));
                    }
                });
            }
        });
        for (StandardTable kind : StandardTable.values()) {
            disclosure.table(kind).ifPresent(table -> labels(table, year, retired, findings));
        }
        return findings;
    }

    private void labels(StatementTable table, int year, Map<String, String> retired, List<Finding> findings) {
        for (TableRow row : table.rows()) {
            for (int c = 0; c < row.cells().size(); c++) {
                String label = TableQueries.plain(row.cell(c).display());
                String current = retired.get(label);
                if (current != null) {
                    findings.add(finding(Locations.cell(table, row, c), message(year, label, current)));
                }
            }
        }
    }

    /** Old 类 names (retired before the year) → the name in force in the year, from the catalog's history. */
    private static Map<String, String> retiredNames(int year) {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn();
        YearCatalog now = catalog.forYear(year);
        Map<String, String> retired = new LinkedHashMap<>();
        for (String code : now.functionsInForce().keySet()) {
            if (code.length() != 3) {
                continue;
            }
            String current = now.functionName(code);
            for (int earlier = ClassificationCatalog.FIRST_YEAR; earlier < year; earlier++) {
                YearCatalog then = catalog.forYear(earlier);
                if (then.function(code).isPresent()) {
                    String old = then.functionName(code);
                    if (!old.equals(current) && !current.contains(old)) {
                        retired.put(old, current);
                    }
                }
            }
        }
        return retired;
    }

    private static String message(int year, String old, String current) {
        return year + " 年的文件写作“" + old + "”，该科目当年名为“" + current + "”";
    }
}
