package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;

/** Every region rule, in id order, and a region checked with all of them. */
public final class RegionRules {

    private static final List<RegionRule> ALL = List.of(new InitialBudgetMatchesPublishedBudget(),
            new ThreePublicBudgetMatchesPublishedBudget(), new ClosingBalanceOpensNextYear(), new LastYearColumnsMatchLastYear(),
            new StatedChangeMatchesLastYear(), new StatedRateRecomputes(), new DepartmentEqualsSumOfUnits(),
            new SameDocumentUnderTwoDepartments(), new SameTablesUnderTwoDepartments(), new ContentMatchesWhereFiled(),
            new RosterEntryPublished(), new UnitsPublishedUnderDepartment(), new PublishedOnTime(), new DocumentOnRoster());

    private RegionRules() {
    }

    public static List<RegionRule> all() {
        return ALL;
    }

    /** The findings of every rule; a rule that fails unexpectedly costs its own findings, never the report. */
    public static List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (RegionRule rule : ALL) {
            try {
                findings.addAll(rule.check(region));
            } catch (RuntimeException e) {
                findings.add(new RegionFinding(rule.id(), org.gongkai.core.rules.Severity.INFO, "", List.of(), "",
                        rule.id() + " 未能完成检查（" + e.getClass().getSimpleName() + "）"));
            }
        }
        return findings;
    }
}
