package org.gongkai.core.rules.req;

import java.util.Arrays;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/** R-REQ-02: a table without rows carries the 空表列示 note saying why. */
public final class EmptyTablesShownWithNote extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public EmptyTablesShownWithNote() {
        super("R-REQ-02", Severity.ERROR, "无数据的表须注明“无…预算，空表列示”", "表8《部门预算国有资本经营预算财政拨款支出表》为空表，但未注明空表列示原因");
    }

    /** "…故本表为空表", "本部门无相关收支项目", "本单位无政府性基金预算拨款安排的支出": the note says why. */
    public static boolean explains(String note) {
        return note.contains("空表") || note.contains("为空") || NONE.matcher(note).find();
    }

    /** Across the lines of a note: many print the table's own 注 first and the reason it is empty on the next line. */
    private static final java.util.regex.Pattern NONE = java.util.regex.Pattern.compile(
            "(无|没有|未安排|不涉及).*(预算|收支|收入|支出|项目|安排|资金|数据)", java.util.regex.Pattern.DOTALL);

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return Arrays.stream(StandardTable.values()).flatMap(kind -> disclosure.table(kind).stream())
                .filter(t -> t.rows().isEmpty() && (t.note() == null || !explains(t.note())))
                .map(t -> finding(Locations.table(t), Locations.table(t) + "为空表，但未注明空表列示原因")).toList();
    }
}
