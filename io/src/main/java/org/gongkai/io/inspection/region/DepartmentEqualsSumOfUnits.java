package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Severity;

/**
 * A 部门 package's totals are the sum of its 单位 packages (本级 and each unit) of the same year and kind. The units are
 * the roster's under the department; compared only when the batch holds every one of them, else a note says which are
 * missing.
 */
public final class DepartmentEqualsSumOfUnits implements RegionRule {

    private record Total(String name, Function<Figures, BigDecimal> figure) {
    }

    private static final List<Total> TOTALS = List.of(new Total("收入总计", Figures::incomeTotal),
            new Total("支出总计", Figures::expenditureTotal));

    @Override
    public String id() {
        return "R-X-07";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "部门预算（决算）的收支总计＝所属各单位（本级及下属单位）预算（决算）之和";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed department : region.documents()) {
            Optional<RosterEntry> entry = region.entryOf(department).filter(e -> e.level() == Disclosure.Level.DEPARTMENT);
            if (department.level() != Disclosure.Level.DEPARTMENT || entry.isEmpty() || region.roster().unitsOf(entry.get()).isEmpty()) {
                continue;
            }
            List<Filed> units = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (RosterEntry unit : region.roster().unitsOf(entry.get())) {
                List<Filed> found = region.documentsOf(unit).stream()
                        .filter(d -> d.year() == department.year() && d.kind() == department.kind() && d.level() == Disclosure.Level.UNIT)
                        .toList();
                if (found.isEmpty()) {
                    missing.add(unit.name());
                } else {
                    units.add(found.get(0));
                }
            }
            List<String> files = new ArrayList<>(List.of(department.file()));
            units.forEach(u -> files.add(u.file()));
            if (!missing.isEmpty()) {
                findings.add(finding(Severity.INFO, department.departmentName(), files, "部门与所属单位",
                        department.describe() + "未与所属单位合计核对：本批文件中缺少 " + String.join("、", missing) + " 的"
                                + department.year() + " 年单位" + department.kind().shortName()));
                continue;
            }
            for (Total total : TOTALS) {
                compare(department, units, total, files).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<RegionFinding> compare(Filed department, List<Filed> units, Total total, List<String> files) {
        BigDecimal own = total.figure().apply(department.figures());
        BigDecimal sum = BigDecimal.ZERO;
        for (Filed unit : units) {
            BigDecimal part = total.figure().apply(unit.figures());
            if (part == null) {
                return Optional.empty();
            }
            sum = sum.add(part);
        }
        BigDecimal slack = CENT.multiply(BigDecimal.valueOf(units.size() + 1L));
        if (own == null || RegionRule.same(own, sum, slack)) {
            return Optional.empty();
        }
        return Optional.of(finding(department.departmentName(), files, "部门与所属单位·" + total.name(), department.describe() + total.name()
                + " " + RegionRule.money(own) + " 万元，但所属 " + units.size() + " 个单位（"
                + String.join("、", units.stream().map(u -> "《" + u.file() + "》" + RegionRule.money(total.figure().apply(u.figures()))).toList())
                + "）合计 " + RegionRule.money(sum) + " 万元；部门数应为各单位之和"));
    }
}
