package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Severity;

/** A 决算's 年初预算数 (where it prints one) is the department's published budget of that year, source by source. */
public final class InitialBudgetMatchesPublishedBudget implements RegionRule {

    private static final Map<String, String> SOURCES = Map.of("GENERAL_PUBLIC_BUDGET", "一般公共预算财政拨款",
            "GOVERNMENT_FUND", "政府性基金预算财政拨款", "STATE_CAPITAL", "国有资本经营预算财政拨款");

    @Override
    public String id() {
        return "R-X-01";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "决算所列年初预算数＝本部门同年已公开预算的财政拨款支出（按资金来源）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed accounts : region.documents()) {
            if (accounts.kind() != DisclosureKind.FINAL_ACCOUNTS || accounts.figures().initialBySource().isEmpty()) {
                continue;
            }
            for (Filed budget : region.find(accounts, accounts.year(), DisclosureKind.BUDGET, accounts.level())) {
                accounts.figures().initialBySource().forEach((source, initial) -> {
                    BigDecimal published = budget.figures().fiscalBySource().get(source);
                    if (published != null && !RegionRule.same(initial, published, CENT)) {
                        findings.add(finding(accounts.departmentName(), List.of(accounts.file(), budget.file()),
                                "年初预算数·" + SOURCES.get(source), accounts.describe() + "列" + SOURCES.get(source) + "支出年初预算数 "
                                        + RegionRule.money(initial) + " 万元，但" + budget.describe() + "公开的" + SOURCES.get(source)
                                        + "支出为 " + RegionRule.money(published) + " 万元；年初预算数应与已公开的预算一致"));
                    }
                });
            }
        }
        return findings;
    }
}
