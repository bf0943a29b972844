package org.gongkai.server.api;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;

/** A readable summary of what an edit changed: headline figures before → after, and counts of what was added. */
final class AuditSummary {

    private AuditSummary() {
    }

    static String of(DepartmentBudget before, DepartmentBudget after) {
        List<String> changes = new ArrayList<>();
        BudgetFigures b = before.figures();
        BudgetFigures a = after.figures();
        compare(changes, "支出总计", b.expenditureTotal().toPlainString(), a.expenditureTotal().toPlainString());
        compare(changes, "收入总计", b.incomeTotal().toPlainString(), a.incomeTotal().toPlainString());
        compare(changes, "支出明细行", String.valueOf(before.expenditures().size()), String.valueOf(after.expenditures().size()));
        compare(changes, "项目", String.valueOf(before.projects().size()), String.valueOf(after.projects().size()));
        compare(changes, "“三公”经费", b.threePublic().total().toPlainString(), a.threePublic().total().toPlainString());
        before.narrative().keySet().stream().filter(s -> !before.narrative(s).equals(after.narrative(s)))
                .forEach(s -> changes.add("说明 " + s + " 已修改"));
        after.narrative().keySet().stream().filter(s -> before.narrative(s) == null).forEach(s -> changes.add("新增说明 " + s));
        return changes.isEmpty() ? "保存（数据未变）" : String.join("；", changes);
    }

    private static void compare(List<String> changes, String what, String before, String after) {
        if (!before.equals(after)) {
            changes.add(what + " " + before + " → " + after);
        }
    }
}
