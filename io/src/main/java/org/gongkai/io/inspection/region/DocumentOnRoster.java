package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Severity;

/** Every document of the batch is of someone on the roster; one matching no entry is named so the roster or the file is corrected. */
public final class DocumentOnRoster implements RegionRule {

    @Override
    public String id() {
        return "R-X-14";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "每份文件都应属于名单中的部门或单位";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        if (region.roster().isEmpty()) {
            return findings;
        }
        for (Filed document : region.everyFile()) {
            if (region.entryOf(document).isEmpty()) {
                findings.add(finding(document.departmentName(), List.of(document.file()), "名单", document.describe()
                        + "的部门“" + document.departmentName() + "”" + (document.code() == null ? "" : "（编码 " + document.code() + "）")
                        + "不在名单中；应核对名单或文件"));
            }
        }
        return findings;
    }
}
