package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * A figure the explanation states (found by the words just before it) must equal the data. Amounts written in
 * 元 are left to R-UNIT-01; statements of change ("增加 X 万元") to R-TXT-18/19.
 */
abstract class StatedFigureRule extends BaseRule {

    private final Set<NarrativeSection> sections;
    private final Predicate<Mention> names;
    private final String what;

    StatedFigureRule(String id, String what, String example, Set<NarrativeSection> sections, Predicate<Mention> names) {
        super(id, Severity.ERROR, "说明中所述" + what + "与表内数据一致", example);
        this.sections = sections;
        this.names = names;
        this.what = what;
    }

    /** What the data says for this mention, or empty when the disclosure has no data to compare with. */
    abstract Optional<BigDecimal> expected(Disclosure disclosure, Mention mention);

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.statedFigures().all().stream()
                .filter(m -> sections.contains(m.section()) && m.inWanYuan() != null && !m.unit().equals("元"))
                .filter(this::speaksOf)
                .flatMap(m -> expected(disclosure, m).filter(e -> !sameAsStated(e, m.inWanYuan()))
                        .map(e -> finding(Locations.sentence(m.section(), m.sentence()), "说明中" + what + "为 "
                                + m.amount().toPlainString() + m.unit() + "，但表内数据为 " + money(e) + " 万元"))
                        .stream())
                .toList();
    }

    boolean speaksOf(Mention mention) {
        return names.test(mention);
    }

    static boolean thisYear(Disclosure disclosure, Mention mention) {
        return mention.year() == null || mention.year() == disclosure.model().year();
    }
}
