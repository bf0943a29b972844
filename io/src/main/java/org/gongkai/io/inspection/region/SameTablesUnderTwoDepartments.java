package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.Severity;

/**
 * Two different files whose tables print the very same figures, under two departments (by their content or where they
 * were filed): one department's tables published as another's. A department's own 部门 and 单位 packages may agree.
 */
public final class SameTablesUnderTwoDepartments implements RegionRule {

    @Override
    public String id() {
        return "R-X-09";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "两个部门公开的表格数字不应完全相同";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        Map<String, List<Filed>> byTables = new LinkedHashMap<>();
        region.documents().stream().filter(d -> d.figures().tables() != null)
                .forEach(d -> byTables.computeIfAbsent(d.figures().tables(), k -> new ArrayList<>()).add(d));
        List<RegionFinding> findings = new ArrayList<>();
        for (List<Filed> same : byTables.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Filed a = same.get(i);
                    Filed b = same.get(j);
                    if (a.sha256() != null && a.sha256().equals(b.sha256())) {
                        continue;
                    }
                    boolean otherDepartment = !Region.sameDepartment(a, b);
                    boolean otherPlace = !SameDocumentUnderTwoDepartments.place(region, a).equals(SameDocumentUnderTwoDepartments.place(region, b))
                            && region.filedUnder(a).isPresent() && region.filedUnder(b).isPresent();
                    if (otherDepartment || otherPlace) {
                        findings.add(finding(a.departmentName(), List.of(a.file(), b.file()), "表格数字相同", a.describe() + "与"
                                + b.describe() + "的各表数字完全相同；应核实是否把其他部门的表格作为本部门公开"));
                    }
                }
            }
        }
        return findings;
    }
}
