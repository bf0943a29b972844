package org.gongkai.core.rules.unit;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-UNIT-01: in the money sections of the explanation, an amount written in 元 where the section's other
 * amounts are in 万元 (e.g. "公务接待 2.31 元" beside "公务出国 25 万元").
 */
public final class YuanWhereWanYuanMeant extends BaseRule {

    private static final Set<NarrativeSection> MONEY_SECTIONS = Set.of(NarrativeSection.OVERVIEW,
            NarrativeSection.OPERATING_COST, NarrativeSection.THREE_PUBLIC, NarrativeSection.PROCUREMENT, NarrativeSection.ASSETS);
    private static final Pattern MONEY_WORDS = Pattern.compile("(费|经费|支出|收入|资金|预算|接待|出国|购置|运行|采购|资产|拨款|补助|安排)");

    public YuanWhereWanYuanMeant() {
        super("R-UNIT-01", Severity.ERROR, "说明中金额单位应为万元：同一部分其余金额以万元计时，不应出现以“元”计的金额",
                "“公务接待 2.31 元”以元计，而本部分其他金额以万元计，应为 2.31 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.statedFigures().all().stream()
                .filter(m -> MONEY_SECTIONS.contains(m.section()) && m.unit().equals("元"))
                .filter(m -> MONEY_WORDS.matcher(m.plainLabel()).find() && sectionUsesWanYuan(disclosure, m))
                .map(m -> finding(Locations.sentence(m.section(), m.sentence()), "“" + m.label().strip() + " "
                        + m.amount().toPlainString() + " 元”以元计，而本部分其他金额以万元计，应为 " + m.amount().toPlainString() + " 万元"))
                .toList();
    }

    private static boolean sectionUsesWanYuan(Disclosure disclosure, Mention mention) {
        return disclosure.statedFigures().in(mention.section()).stream().anyMatch(Mention::isWanYuan);
    }
}
