package org.gongkai.core.rules.req;

import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * R-REQ-08: a file that holds only part of a disclosure (the explanation without its tables, the tables without the
 * explanation, the "三公" explanation as a page of its own) says what could not be checked, once, instead of reporting
 * every table and section it never meant to hold as missing.
 */
public final class WholeDisclosureChecked extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public WholeDisclosureChecked() {
        super("R-REQ-08", Severity.WARNING, "公开文件应同时包含公开表和情况说明；只含其一的文件，说明未能检查的内容",
                "本文件只含情况说明，没有公开表：未检查九张公开表及说明与表的核对");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (!disclosure.isPartial()) {
            return List.of();
        }
        return List.of(finding("公开文件", "本文件" + disclosure.contents().notChecked()
                + "。表格与说明分别公开的，请把几个文件一并检查"));
    }
}
