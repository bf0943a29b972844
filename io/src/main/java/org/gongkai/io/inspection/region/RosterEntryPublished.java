package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Severity;

/** 应公开尽公开: every 部门 on the roster has published what it owes (the year and kind {@link Region#due} gives). */
public final class RosterEntryPublished implements RegionRule {

    @Override
    public String id() {
        return "R-X-11";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "名单中的每个部门都应公开本年度的部门预算（决算）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (RosterEntry entry : region.roster().entries()) {
            if (entry.level() != Disclosure.Level.DEPARTMENT) {
                continue;
            }
            for (Region.Due due : region.due(entry)) {
                boolean published = region.documentsOf(entry).stream().anyMatch(d -> d.year() == due.year() && d.kind() == due.kind());
                if (!published) {
                    findings.add(finding(entry.name(), List.of(), "名单第 " + entry.line() + " 行", "应公开未公开：名单中的 "
                            + entry.describe() + " 本批文件中没有其 " + due.chinese() + (due.approved() == null ? "" : "（" + due.approved()
                            + " 批复）") + "；应在批复后 20 日内公开"));
                }
            }
        }
        return findings;
    }
}
