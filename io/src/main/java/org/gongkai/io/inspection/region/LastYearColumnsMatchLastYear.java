package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.rules.Severity;

/** The 上年 columns a document prints are the figures the same department's document of last year published. */
public final class LastYearColumnsMatchLastYear implements RegionRule {

    @Override
    public String id() {
        return "R-X-04";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "本年文件的上年数栏＝同一部门上年已公开文件的对应数（上年数为执行数或调整数的，应注明）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed next : region.documents()) {
            Map<String, BigDecimal> stated = stated(next.figures());
            if (stated.isEmpty()) {
                continue;
            }
            for (Filed last : region.find(next, next.year() - 1, next.kind(), next.level())) {
                Map<String, BigDecimal> published = published(last.figures());
                stated.forEach((name, value) -> {
                    BigDecimal was = published.get(name);
                    if (was != null && !RegionRule.same(value, was, CENT)) {
                        findings.add(finding(next.departmentName(), List.of(next.file(), last.file()), "上年数·" + name,
                                next.describe() + "所列上年" + name + " " + RegionRule.money(value) + " 万元，但" + last.describe()
                                        + "公开的" + name + "为 " + RegionRule.money(was) + " 万元；上年数应与上年公开数一致"));
                    }
                });
            }
        }
        return findings;
    }

    private static Map<String, BigDecimal> stated(Figures f) {
        Map<String, BigDecimal> stated = new LinkedHashMap<>();
        PreviousYear p = f.previousYear();
        if (p != null) {
            put(stated, "收入总计", p.incomeTotal());
            put(stated, "支出总计", p.expenditureTotal());
            put(stated, "基本支出", p.basic());
            put(stated, "项目支出", p.project());
        }
        ThreePublicAmounts t = f.threePublicLastYear();
        if (t != null) {
            put(stated, "“三公”经费", t.total());
        }
        return stated;
    }

    private static Map<String, BigDecimal> published(Figures f) {
        Map<String, BigDecimal> published = new LinkedHashMap<>();
        put(published, "收入总计", f.incomeTotal());
        put(published, "支出总计", f.expenditureTotal());
        put(published, "基本支出", f.basic());
        put(published, "项目支出", f.project());
        put(published, "“三公”经费", f.threePublic() == null ? null : f.threePublic().total());
        return published;
    }

    private static void put(Map<String, BigDecimal> map, String name, BigDecimal value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
