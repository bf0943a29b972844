package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/**
 * The headline figures of a department's year as a citizen reads them: the amount, how it changed from the
 * department's previous year when that year is published, and what the figure means in the catalog's own words
 * (the same 名词解释 the drafted explanation uses).
 */
final class Headlines {

    /** Each headline figure: its key (for the page's ids), the glossary term that names and explains it, its value. */
    private enum Figure {
        TOTAL("total", null, Summary::total),
        BASIC("basic", "BASIC_EXPENDITURE", Summary::basic),
        PROJECT("project", "PROJECT_EXPENDITURE", Summary::project),
        THREE_PUBLIC(Headlines.THREE_PUBLIC_KEY, "THREE_PUBLIC", Headlines::threePublicIfStated);

        private final String key;
        private final String term;
        private final Function<Summary, BigDecimal> value;

        Figure(String key, String term, Function<Summary, BigDecimal> value) {
            this.key = key;
            this.term = term;
            this.value = value;
        }
    }

    /** The "三公" figure's key, which the execution of a budget takes from its 决算 rather than from the budget. */
    static final String THREE_PUBLIC_KEY = "three-public";

    /** The total has no glossary entry; the others are named as the glossary names them. */
    static final String TOTAL_LABEL = "支出合计";

    private Headlines() {
    }

    static List<PageData.Headline> of(PublishedDisclosure disclosure, Optional<PublishedDisclosure> previousYear) {
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(disclosure.year());
        return Arrays.stream(Figure.values()).map(figure -> headline(figure, catalog, disclosure, previousYear)).toList();
    }

    private static PageData.Headline headline(Figure figure, YearCatalog catalog, PublishedDisclosure disclosure,
                                              Optional<PublishedDisclosure> previousYear) {
        BigDecimal amount = figure.value.apply(disclosure.summary());
        PageData.YearChange change = previousYear.map(previous -> PageData.YearChange.between(previous.year(),
                figure.value.apply(previous.summary()), amount)).orElse(null);
        if (figure.term == null) {
            return new PageData.Headline(figure.key, TOTAL_LABEL, amount, change, null);
        }
        var term = catalog.glossaryTerm(figure.term).orElseThrow(() -> new IllegalStateException(
                "名词解释 " + figure.term + " 不在 " + catalog.year() + " 年目录中"));
        return new PageData.Headline(figure.key, term.name(), amount, change, term.glossary());
    }

    /**
     * The "三公" total, or null when a disclosure published without tables does not state it: unknown is not zero,
     * and a year that did not say must not make the next one look 新增. (Without table 9 rows, the tables say 0.)
     */
    private static BigDecimal threePublicIfStated(Summary summary) {
        return summary.statedInText() && summary.threePublic().equals(ThreePublicAmounts.NONE) ? null : summary.threePublicTotal();
    }
}
