package org.gongkai.io.inspection.region;

import java.time.LocalDate;
import org.gongkai.core.rules.Disclosure;

/**
 * One line of a region's roster: a department (部门) or a unit (单位) under one, which must publish; the approval dates
 * where known. {@code approved} (批复日期) is the budget's when no kind-specific date is given.
 */
public record RosterEntry(int line, String code, String name, Disclosure.Level level, String parentCode, LocalDate approved,
                          LocalDate budgetApproved, LocalDate finalApproved) {

    /** The budget's approval date: 预算批复日期, else 批复日期. */
    public LocalDate budgetApproval() {
        return budgetApproved != null ? budgetApproved : approved;
    }

    /** 「P01 上海市普陀区商务委员会（部门）」. */
    public String describe() {
        return code + " " + name + "（" + level.chinese() + "）";
    }
}
