package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.rules.Severity;

/** The "三公" budget a 决算 prints is the one the department's budget of that year published, part by part. */
public final class ThreePublicBudgetMatchesPublishedBudget implements RegionRule {

    private record Part(String name, Function<ThreePublicAmounts, BigDecimal> amount) {
    }

    private static final List<Part> PARTS = List.of(new Part("“三公”经费合计", ThreePublicAmounts::total),
            new Part("因公出国（境）费", a -> a.abroadTeaching() == null && a.abroadOther() == null ? null : a.abroad()),
            new Part("公务用车购置费", ThreePublicAmounts::vehiclePurchase),
            new Part("公务用车运行维护费", ThreePublicAmounts::vehicleOperation), new Part("公务接待费", ThreePublicAmounts::reception));

    @Override
    public String id() {
        return "R-X-02";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "决算所列“三公”经费预算数＝本部门同年已公开预算的“三公”经费";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed accounts : region.documents()) {
            ThreePublicAmounts inAccounts = accounts.figures().threePublicBudget();
            if (accounts.kind() != DisclosureKind.FINAL_ACCOUNTS || inAccounts == null) {
                continue;
            }
            for (Filed budget : region.find(accounts, accounts.year(), DisclosureKind.BUDGET, accounts.level())) {
                ThreePublicAmounts published = budget.figures().threePublic();
                if (published == null) {
                    continue;
                }
                for (Part part : PARTS) {
                    BigDecimal a = part.amount().apply(inAccounts);
                    BigDecimal b = part.amount().apply(published);
                    if (a != null && b != null && !RegionRule.same(a, b, CENT)) {
                        findings.add(finding(accounts.departmentName(), List.of(accounts.file(), budget.file()), "“三公”经费预算数·" + part.name(),
                                accounts.describe() + "列" + part.name() + "预算数 " + RegionRule.money(a) + " 万元，但" + budget.describe()
                                        + "公开的" + part.name() + "预算为 " + RegionRule.money(b) + " 万元；应一致"));
                    }
                }
            }
        }
        return findings;
    }
}
