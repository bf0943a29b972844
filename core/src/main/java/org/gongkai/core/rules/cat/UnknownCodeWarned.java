package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-CAT-08: a well-formed 款 or 项 that the catalog in force does not hold is accepted — it may be new that year — and
 * named, with what to do: have the finance bureau load the year's official catalog. It never blocks entry, import,
 * publication or inspection; until the catalog is loaded, the tables print the row without an official name.
 */
public final class UnknownCodeWarned extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    static final String HOW = "；如为当年目录中的科目，请财政部门载入当年的官方政府收支分类科目";

    public UnknownCodeWarned() {
        super("R-CAT-08", Severity.WARNING, "科目编码不在内置的该年度目录中（可能是当年新增科目）：提示载入官方目录，不阻止填报和公开",
                "功能分类科目 2050101 不在内置的 2025 年支出功能分类科目中" + HOW);
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        if (!disclosure.isPublished()) {
            new CatalogConformance(ClassificationCatalog.builtIn()).unknown(disclosure.model())
                    .forEach(p -> findings.add(finding("模型 " + p.path(), p.message() + HOW)));
            return findings;
        }
        disclosure.catalog().ifPresent(catalog -> CodedRows.of(disclosure).stream()
                .filter(r -> r.wellFormed() && r.entry(catalog).isEmpty() && r.classEntry(catalog).isPresent() && covered(catalog, r))
                .forEach(r -> findings.add(finding(Locations.row(r.table(), r.row()),
                        r.kind() + " " + r.code() + " 不在内置的 " + catalog.year() + " 年目录中" + HOW))));
        return findings;
    }

    /**
     * In a published document, only a code under a parent whose children the built-in catalog holds is named: for a
     * class it lists without them, a code it does not know says nothing (docs/catalog.md lists what it covers).
     */
    private static boolean covered(YearCatalog catalog, CodedRows row) {
        String code = row.code();
        if (code.length() <= 3) {
            return true;
        }
        java.util.Map<String, ?> inForce = row.economic() ? catalog.economicsInForce() : catalog.functionsInForce();
        String parent = code.substring(0, code.length() - 2);
        return inForce.containsKey(parent) && inForce.keySet().stream().anyMatch(known -> known.length() == code.length()
                && known.startsWith(parent)) && (code.length() > 5 || row.economic());
    }
}
