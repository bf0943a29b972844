package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Severity;

/**
 * A stated rate of change is the change over last year's published figure. Where the stated amount agrees with last
 * year's document (so the base is certain), a rate off by one unit of its printed precision or more is wrong; a rate
 * within that is rounding or truncation.
 */
public final class StatedRateRecomputes implements RegionRule {

    @Override
    public String id() {
        return "R-X-06";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "说明所述比上年增减率＝增减额÷上年已公开数（按所列小数位允许四舍五入或截位）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed next : region.documents()) {
            for (Filed last : region.find(next, next.year() - 1, next.kind(), next.level())) {
                for (StatedChange change : next.figures().changes()) {
                    BigDecimal was = Comparison.base(next, last, change);
                    if (was == null || change.rate() == null || was.signum() == 0) {
                        continue;
                    }
                    BigDecimal expected = change.current().subtract(was);
                    if (!RegionRule.same(change.change(), expected, Comparison.slack(change.change()))) {
                        continue;
                    }
                    BigDecimal rate = expected.abs().multiply(BigDecimal.valueOf(100)).divide(was, MathContext.DECIMAL64);
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, change.rate().scale()));
                    if (rate.subtract(change.rate()).abs().compareTo(unit) >= 0) {
                        findings.add(finding(next.departmentName(), List.of(next.file(), last.file()), "比上年增减率·" + change.subject().chinese(),
                                next.describe() + "称「" + change.quote() + "」，按" + last.describe() + "公开的"
                                        + change.subject().chinese() + " " + RegionRule.money(was) + " 万元计算，增减率应为 "
                                        + rate.setScale(Math.max(0, change.rate().scale()), java.math.RoundingMode.HALF_UP).toPlainString()
                                        + "%，而非 " + change.rate().toPlainString() + "%"));
                    }
                }
            }
        }
        return findings;
    }
}
