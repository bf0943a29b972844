package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Severity;

/** Each 单位 the roster lists under a 部门 publishes its own 单位 package beside the department's. */
public final class UnitsPublishedUnderDepartment implements RegionRule {

    @Override
    public String id() {
        return "R-X-12";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "名单中部门所属的每个单位都应公开本单位的预算（决算）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (RosterEntry unit : region.roster().entries()) {
            if (unit.level() != Disclosure.Level.UNIT) {
                continue;
            }
            RosterEntry department = region.roster().entries().stream().filter(e -> e.code().equals(unit.parentCode())).findFirst()
                    .orElseThrow();
            for (Region.Due due : region.due(department)) {
                boolean published = region.documentsOf(unit).stream()
                        .anyMatch(d -> d.year() == due.year() && d.kind() == due.kind() && d.level() == Disclosure.Level.UNIT);
                if (!published) {
                    findings.add(finding(department.name(), List.of(), "名单第 " + unit.line() + " 行", "单位未公开：" + department.describe()
                            + " 所属的 " + unit.describe() + " 本批文件中没有其 " + due.year() + " 年单位" + due.kind().shortName()
                            + "；部门所属各单位均应公开"));
                }
            }
        }
        return findings;
    }
}
