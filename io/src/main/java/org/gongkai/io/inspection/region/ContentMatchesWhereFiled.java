package org.gongkai.io.inspection.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Severity;

/**
 * A document is what it was filed as: the department its folder or file name (a roster entry's name) gives, the year
 * and the kind (预算/决算) the names state are the ones its content prints — a 2022 决算 filed as a 2026 budget, or one
 * department's file in another's folder, is the wrong document.
 */
public final class ContentMatchesWhereFiled implements RegionRule {

    @Override
    public String id() {
        return "R-X-10";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "文件内容的部门、年度、类别（预算/决算）应与其所在栏目（文件夹、文件名、名单条目）一致";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed document : region.everyFile()) {
            List<String> wrong = new ArrayList<>();
            Optional<String> under = region.filedUnder(document);
            if (under.isPresent() && !Filed.sameDepartment(under.get(), document.departmentName())) {
                wrong.add("放在“" + under.get() + "”名下，内容却是“" + document.departmentName() + "”的");
            }
            List<Integer> years = Region.yearsInPath(document.file());
            if (!years.isEmpty() && !years.contains(document.year())) {
                wrong.add("文件名（文件夹）标为 " + years.get(years.size() - 1) + " 年，内容却是 " + document.year() + " 年的");
            }
            Optional<DisclosureKind> kind = Region.kindInPath(document.file());
            if (kind.isPresent() && kind.get() != document.kind()) {
                wrong.add("文件名（文件夹）标为" + kind.get().shortName() + "，内容却是" + document.kind().shortName());
            }
            if (!wrong.isEmpty()) {
                findings.add(finding(under.orElse(document.departmentName()), List.of(document.file()), "文件归属",
                        "《" + document.file() + "》" + String.join("；", wrong) + "（" + document.departmentName() + " " + document.year()
                                + " 年" + document.level().chinese() + document.kind().shortName() + "）；应公开本部门本年度的对应文件"));
            }
        }
        return findings;
    }
}
