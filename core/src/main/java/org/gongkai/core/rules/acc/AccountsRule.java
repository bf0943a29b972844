package org.gongkai.core.rules.acc;

import java.util.Set;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Severity;

/** A rule that checks final accounts only. */
abstract class AccountsRule extends BaseRule {

    AccountsRule(String id, Severity severity, String description, String example) {
        super(id, severity, description, example);
    }

    @Override
    public Set<DisclosureKind> kinds() {
        return FINAL_ACCOUNTS_ONLY;
    }
}
