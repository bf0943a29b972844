package org.gongkai.core.rules.cat;

import java.util.List;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.TableQueries;

/** Says when a name that is wrong for this year was the code's name in another year. */
final class CatalogNames {

    private CatalogNames() {
    }

    static String otherYearNote(int year, String code, String name, boolean economic) {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn();
        List<CatalogEntry> history = economic ? catalog.economicHistory(code) : catalog.functionHistory(code);
        return history.stream().filter(e -> TableQueries.plain(e.name()).equals(TableQueries.plain(name))).findFirst()
                .map(e -> "（这是" + range(e) + "的名称，" + year + " 年已更名）").orElse("");
    }

    private static String range(CatalogEntry entry) {
        if (entry.years().from() == null) {
            return " " + entry.years().to() + " 年及以前";
        }
        return " " + entry.years().from() + "–" + (entry.years().to() == null ? "" : entry.years().to()) + " 年";
    }
}
