package org.gongkai.core.rules.cat;

import java.util.List;
import java.util.Optional;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;

/**
 * R-CAT-03: a row's name is its code's name in that budget year; a name from another year is reported as such
 * (e.g. 2023 年仍写“行政事业单位离退休”).
 */
public final class NameMatchesCode extends BaseRule {

    public NameMatchesCode() {
        super("R-CAT-03", Severity.ERROR, "科目名称与该年度目录中编码对应的名称一致",
                "2010305 的名称应为“专项业务及机关事务管理”，表中写作“事业运行”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.catalog().map(catalog -> CodedRows.of(disclosure).stream()
                .flatMap(r -> r.entry(catalog).filter(e -> !e.name().equals(r.name())
                        && !TableQueries.plain(e.name()).equals(TableQueries.plain(r.name())))
                        .map(e -> finding(Locations.row(r.table(), r.row()), r.code() + " 的名称应为“" + e.name()
                                + "”，表中写作“" + r.name() + "”" + otherYear(catalog, r))).stream())
                .toList()).orElse(List.of());
    }

    private static String otherYear(YearCatalog year, CodedRows row) {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn();
        List<CatalogEntry> history = row.economic() ? catalog.economicHistory(row.code()) : catalog.functionHistory(row.code());
        Optional<CatalogEntry> old = history.stream()
                .filter(e -> TableQueries.plain(e.name()).equals(TableQueries.plain(row.name()))).findFirst();
        return old.map(e -> "（这是" + range(e) + "的名称，" + year.year() + " 年已更名）").orElse("");
    }

    private static String range(CatalogEntry entry) {
        if (entry.years().from() == null) {
            return " " + entry.years().to() + " 年及以前";
        }
        return " " + entry.years().from() + "–" + (entry.years().to() == null ? "" : entry.years().to()) + " 年";
    }
}
