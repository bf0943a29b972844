package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Severity;

/** A department's 年末结转和结余 of year N is its 年初结转和结余 of year N+1. */
public final class ClosingBalanceOpensNextYear implements RegionRule {

    @Override
    public String id() {
        return "R-X-03";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "上年决算的年末结转和结余＝本年决算的年初结转和结余";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed last : region.documents()) {
            if (last.kind() != DisclosureKind.FINAL_ACCOUNTS || last.figures().closing() == null) {
                continue;
            }
            for (Filed next : region.find(last, last.year() + 1, DisclosureKind.FINAL_ACCOUNTS, last.level())) {
                if (next.figures().opening() != null && !RegionRule.same(last.figures().closing(), next.figures().opening(), CENT)) {
                    findings.add(finding(last.departmentName(), List.of(last.file(), next.file()), "年末/年初结转和结余",
                            last.describe() + "年末结转和结余 " + RegionRule.money(last.figures().closing()) + " 万元，但"
                                    + next.describe() + "年初结转和结余为 " + RegionRule.money(next.figures().opening())
                                    + " 万元；应相等（有调整的应说明原因）"));
                }
            }
        }
        return findings;
    }
}
