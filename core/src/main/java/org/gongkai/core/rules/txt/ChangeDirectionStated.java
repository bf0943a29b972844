package org.gongkai.core.rules.txt;

import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-TXT-19: the direction word of a stated change (增加/减少) matches the sign of this year − last year. */
public final class ChangeDirectionStated extends BaseRule {

    public ChangeDirectionStated() {
        super("R-TXT-19", Severity.ERROR, "说明中增减方向（增加/减少）与本年数 − 上年数的正负一致",
                "说明称“三公”经费增加，但本年 31.11 低于上年 31.51（实为减少 0.40 万元）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return StatedChange.in(disclosure).stream()
                .filter(c -> c.actual().signum() != 0 && (c.actual().signum() > 0) != c.increase())
                .map(c -> finding(Locations.sentence(c.mention().section(), c.mention().sentence()),
                        "说明称" + c.subject() + (c.increase() ? "增加" : "减少") + "，但本年 " + money(c.thisYear())
                                + (c.actual().signum() > 0 ? " 高于" : " 低于") + "上年 " + money(c.lastYear())
                                + "（实为" + (c.actual().signum() > 0 ? "增加 " : "减少 ") + money(c.actual().abs()) + " 万元）"))
                .toList();
    }
}
