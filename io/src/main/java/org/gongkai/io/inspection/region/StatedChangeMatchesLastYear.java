package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Severity;

/**
 * A change the explanation states against 上年 is this year's figure less the one last year's document published.
 * Only a statement whose own figure is this document's is compared, and one whose change cannot be (a decrease larger
 * than last year's figure: a page number caught in the sentence) is left alone.
 */
public final class StatedChangeMatchesLastYear implements RegionRule {

    @Override
    public String id() {
        return "R-X-05";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "说明所述比上年增减额＝本年数−同一部门上年已公开文件的对应数（以调整数、执行数为基数的应注明）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed next : region.documents()) {
            for (Filed last : region.find(next, next.year() - 1, next.kind(), next.level())) {
                for (StatedChange change : next.figures().changes()) {
                    BigDecimal was = Comparison.base(next, last, change);
                    if (was == null) {
                        continue;
                    }
                    BigDecimal expected = change.current().subtract(was);
                    if (!RegionRule.same(change.change(), expected, Comparison.slack(change.change()))) {
                        findings.add(finding(next.departmentName(), List.of(next.file(), last.file()), "比上年增减·" + change.subject().chinese(),
                                next.describe() + "称「" + change.quote() + "」，但" + last.describe() + "公开的" + change.subject().chinese()
                                        + "为 " + RegionRule.money(was) + " 万元，按此应" + (expected.signum() < 0 ? "减少 " : "增加 ")
                                        + RegionRule.money(expected.abs()) + " 万元"));
                    }
                }
            }
        }
        return findings;
    }
}
