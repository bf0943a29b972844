package org.gongkai.server.api;

import org.gongkai.core.budget.DepartmentBudget;

/** A readable summary of what an edit changed: how many rows, items and sentences of each part, and the new total. */
final class AuditSummary {

    private AuditSummary() {
    }

    static String of(DepartmentBudget before, DepartmentBudget after) {
        String summary = ModelChanges.summary(ModelChanges.between(before, after));
        String total = before.figures().expenditureTotal().compareTo(after.figures().expenditureTotal()) == 0 ? ""
                : "（支出总计 " + before.figures().expenditureTotal().toPlainString() + " → " + after.figures().expenditureTotal().toPlainString() + " 万元）";
        return summary + total;
    }
}
