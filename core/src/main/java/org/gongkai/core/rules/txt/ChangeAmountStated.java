package org.gongkai.core.rules.txt;

import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-TXT-18: a stated change ("比上年增加 X 万元") equals this year − last year. */
public final class ChangeAmountStated extends BaseRule {

    public ChangeAmountStated() {
        super("R-TXT-18", Severity.ERROR, "说明中所述增减额 = 本年数 − 上年数",
                "说明称“三公”经费增加 7.00 万元，但 374.46 − 367.45 = 7.01 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return StatedChange.in(disclosure).stream()
                .filter(c -> c.stated().compareTo(c.actual().abs()) != 0)
                .map(c -> finding(Locations.sentence(c.mention().section(), c.mention().sentence()),
                        "说明称" + c.subject() + (c.increase() ? "增加 " : "减少 ") + c.stated().toPlainString() + " 万元，但 "
                                + money(c.thisYear()) + " − " + money(c.lastYear()) + " = " + money(c.actual()) + " 万元"))
                .toList();
    }
}
