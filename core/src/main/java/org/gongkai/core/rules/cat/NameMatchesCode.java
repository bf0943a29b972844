package org.gongkai.core.rules.cat;

import java.util.List;
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
                                + "”，表中写作“" + r.name() + "”" + CatalogNames.otherYearNote(catalog.year(), r.code(), r.name(), r.economic()))).stream())
                .toList()).orElse(List.of());
    }
}
