package org.gongkai.core.rules.unit;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

/** R-UNIT-03: every standard table is stated in 万元. */
public final class TablesInWanYuan extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public TablesInWanYuan() {
        super("R-UNIT-03", Severity.ERROR, "九张公开表的金额单位均为万元", "表1《部门预算收支总表》单位为“元”，应为万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (StandardTable kind : StandardTable.values()) {
            disclosure.table(kind).filter(t -> !StatementTable.UNIT.equals(t.unit())).ifPresent(t ->
                    findings.add(finding(Locations.table(t), Locations.table(t) + "单位为“" + t.unit() + "”，应为万元")));
        }
        return findings;
    }
}
