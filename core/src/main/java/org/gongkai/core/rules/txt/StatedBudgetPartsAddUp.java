package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-21: the figures 预算安排总体情况 states agree with each other: 支出总额 = 基本支出 + 项目支出 (+ the other
 * kinds and carry-forward the data holds) and 基本支出 = 人员经费 + 公用经费 — checkable even when the document
 * publishes no tables.
 */
public final class StatedBudgetPartsAddUp extends BaseRule {

    private final StatedFigureRule total = new ExpenditureTotalStated();
    private final StatedFigureRule basic = new BasicExpenditureStated();
    private final StatedFigureRule project = new ProjectExpenditureStated();
    private final StatedFigureRule personnel = new PersonnelStated();
    private final StatedFigureRule publicFunds = new PublicFundsStated();

    public StatedBudgetPartsAddUp() {
        super("R-TXT-21", Severity.ERROR, "说明中所述各数自洽：支出总额 = 基本支出 + 项目支出；基本支出 = 人员经费 + 公用经费",
                "说明称支出总额 8320.77 万元，但所述基本支出 + 项目支出 = 8900.03 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Mention> mentions = disclosure.statedFigures().in(NarrativeSection.OVERVIEW).stream()
                .filter(m -> m.isWanYuan() && StatedFigureRule.thisYear(disclosure, m)).toList();
        List<Finding> findings = new ArrayList<>();
        BigDecimal otherSpending = otherSpending(disclosure);
        if (otherSpending.signum() == 0) {
            // A kind of spending the data does not hold but the text states (单位预留机动经费) is one of the parts.
            otherSpending = org.gongkai.core.narrative.StatedBudgetFigures.RESERVE.first(mentions).orElse(BigDecimal.ZERO);
        }
        compare(first(mentions, total), first(mentions, basic), first(mentions, project), otherSpending, "支出总额",
                otherSpending.signum() == 0 ? "基本支出 + 项目支出" : "基本支出 + 项目支出 + 其他支出及结转 " + money(otherSpending), findings);
        BigDecimal basicBeyondTableSix = disclosure.model().figures().basic().subtract(disclosure.model().figures().basicEconomicTotal());
        compare(basicTheStaffCostsBelongTo(mentions, disclosure), first(mentions, personnel), first(mentions, publicFunds), basicBeyondTableSix, "基本支出",
                basicBeyondTableSix.signum() == 0 ? "人员经费 + 公用经费" : "人员经费 + 公用经费 + 非一般公共预算基本支出 " + money(basicBeyondTableSix),
                findings);
        return findings;
    }

    /** Spending that is neither basic nor project (经营支出, 上缴上级, 对附属单位补助, 年末结转), known from the data. */
    private static BigDecimal otherSpending(Disclosure disclosure) {
        var figures = disclosure.model().figures();
        return figures.expenditureTotal().subtract(figures.basic()).subtract(figures.project());
    }

    private void compare(Optional<Mention> whole, Optional<Mention> a, Optional<Mention> b, BigDecimal other, String wholeName,
                         String partsName, List<Finding> findings) {
        if (whole.isEmpty() || a.isEmpty() || b.isEmpty()) {
            return;
        }
        BigDecimal sum = a.get().amount().add(b.get().amount()).add(other);
        if (!same(whole.get().amount(), sum)) {
            findings.add(finding(Locations.sentence(whole.get().section(), whole.get().sentence()), "说明称" + wholeName + " "
                    + whole.get().amount().toPlainString() + " 万元，但所述" + partsName + " = " + sum.toPlainString() + " 万元"));
        }
    }

    /**
     * The 基本支出 that 人员经费 and 公用经费 divide: many texts state the basic spending of all funds first and split only
     * the appropriated basic spending (一般公共预算基本支出) into 人员 and 公用, so the stated 基本支出 they add up to
     * (or table 6's total) is the one meant; otherwise the first stated one.
     */
    private Optional<Mention> basicTheStaffCostsBelongTo(List<Mention> mentions, Disclosure disclosure) {
        Optional<Mention> staff = first(mentions, personnel);
        Optional<Mention> office = first(mentions, publicFunds);
        List<Mention> basics = mentions.stream()
                .filter(m -> basic.speaksOf(m) || org.gongkai.core.narrative.StatedBudgetFigures.APPROPRIATION_BASIC.names(m)).toList();
        if (staff.isPresent() && office.isPresent()) {
            BigDecimal parts = staff.get().amount().add(office.get().amount());
            Optional<Mention> matching = basics.stream().filter(m -> same(m.amount(), parts)).findFirst();
            if (matching.isPresent()) {
                return matching;
            }
            if (same(disclosure.model().figures().basicEconomicTotal(), parts)) {
                return Optional.empty();
            }
        }
        return basics.stream().filter(basic::speaksOf).findFirst();
    }

    private static Optional<Mention> first(List<Mention> mentions, StatedFigureRule rule) {
        return mentions.stream().filter(rule::speaksOf).findFirst();
    }
}
