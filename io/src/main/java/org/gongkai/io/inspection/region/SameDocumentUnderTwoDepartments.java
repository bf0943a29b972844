package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.Severity;

/**
 * One file (the same bytes) published under two departments: filed under different roster entries or department
 * folders. The same file twice in one department's place is a plain duplicate, reported with the documents.
 */
public final class SameDocumentUnderTwoDepartments implements RegionRule {

    @Override
    public String id() {
        return "R-X-08";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "同一份文件（内容完全相同）不应作为两个部门的公开文件";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        Map<String, List<Filed>> bySha = new LinkedHashMap<>();
        region.everyFile().stream().filter(d -> d.sha256() != null)
                .forEach(d -> bySha.computeIfAbsent(d.sha256(), k -> new ArrayList<>()).add(d));
        List<RegionFinding> findings = new ArrayList<>();
        for (List<Filed> same : bySha.values()) {
            List<String> places = same.stream().map(d -> place(region, d)).distinct().toList();
            if (places.size() > 1) {
                findings.add(finding(same.get(0).departmentName(), same.stream().map(Filed::file).toList(), "同一文件",
                        String.join("、", same.stream().map(d -> "《" + d.file() + "》").toList()) + "内容完全相同，却分别放在 "
                                + String.join("、", places) + " 名下；文件内容是 " + same.get(0).departmentName() + " 的 "
                                + same.get(0).year() + " 年" + same.get(0).kind().shortName() + "，其余部门应公开本部门的文件"));
            }
        }
        return findings;
    }

    /** Where a file was filed: the department its path names, else its folder. */
    static String place(Region region, Filed document) {
        return region.filedUnder(document).orElseGet(() -> {
            int slash = document.file().lastIndexOf('/');
            return slash < 0 ? "（根目录）" : document.file().substring(0, slash);
        });
    }

}
