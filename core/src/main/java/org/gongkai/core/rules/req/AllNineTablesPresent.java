package org.gongkai.core.rules.req;

import java.util.Arrays;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/** R-REQ-01: a published disclosure contains all nine standard tables (an empty one shown with its note). */
public final class AllNineTablesPresent extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public AllNineTablesPresent() {
        super("R-REQ-01", Severity.ERROR, "公开文件包含全部九张部门预算公开表（无数据的表也须空表列示）",
                "缺少表7《部门预算政府性基金预算财政拨款支出表》");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (!disclosure.isPublished()) {
            return List.of();
        }
        return Arrays.stream(StandardTable.values()).filter(kind -> disclosure.expectedTables().contains(kind))
                .filter(kind -> disclosure.table(kind).isEmpty())
                .map(kind -> finding("公开文件", "缺少表" + kind.number() + "《" + kind.title() + "》")).toList();
    }
}
