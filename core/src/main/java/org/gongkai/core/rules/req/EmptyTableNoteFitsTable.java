package org.gongkai.core.rules.req;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

/**
 * R-REQ-07: an empty-table note says the truth about its own table — a table with figures is not 「本表为空表」, and the
 * note under the 国有资本经营 table is not the one copied from the 政府性基金 table (nor the reverse).
 */
public final class EmptyTableNoteFitsTable extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    /** The fund a table is about, and the words that name another fund in a note copied from elsewhere. */
    private static final Map<StandardTable, String[]> FUNDS = Map.of(
            StandardTable.GOVERNMENT_FUND_EXPENDITURE, new String[] {"政府性基金", "国有资本"},
            StandardTable.STATE_CAPITAL_EXPENDITURE, new String[] {"国有资本", "政府性基金"});

    public EmptyTableNoteFitsTable() {
        super("R-REQ-07", Severity.ERROR, "空表说明与本表一致：有数据的表不得注明为空表，空表说明不得照抄另一张表的",
                "表8《部门预算国有资本经营预算财政拨款支出表》的说明写的是“无政府性基金预算财政拨款…”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (StandardTable kind : StandardTable.values()) {
            disclosure.table(kind).filter(t -> t.note() != null).ifPresent(table -> check(table, findings));
        }
        return findings;
    }

    private void check(StatementTable table, List<Finding> findings) {
        String note = table.note().replaceAll("\\s+", "");
        boolean saysEmpty = note.contains("空表") || note.contains("此表为空") || note.contains("本表无数据");
        boolean hasFigures = table.rows().stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.amount() != null
                && c.amount().signum() != 0));
        if (saysEmpty && hasFigures) {
            findings.add(finding(Locations.table(table), Locations.table(table) + "有数据，但注明“" + table.note().strip() + "”"));
            return;
        }
        String[] funds = FUNDS.get(table.kind());
        if (funds != null && !hasFigures && note.contains(funds[1]) && !note.contains(funds[0])) {
            findings.add(finding(Locations.table(table), Locations.table(table) + "的空表说明“" + table.note().strip()
                    + "”说的是" + funds[1] + "，不是本表的" + funds[0] + "（照抄了另一张表的说明）"));
        }
    }
}
