package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Money;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * A 决算 states what was executed: when every 项 × 支出类型 × 资金来源 was spent at exactly its 年初预算数 (or exactly
 * what the published budget put there), the 决算数 were most likely left as the budget they were started from.
 * Executions vary line by line, so one line differing is enough to stay silent; a single line proves nothing.
 */
public final class ActualsNotCopiedFromBudget extends AccountsRule {

    /** Fewer lines than this can honestly all be executed as budgeted. */
    private static final int AT_LEAST = 2;

    public ActualsNotCopiedFromBudget() {
        super("R-ACC-18", Severity.WARNING,
                "决算数不应逐项全部等于年初预算数或已公开预算数（疑似照抄预算，未按实际执行填写）",
                "决算数与年初预算数逐项全部相同（12 个科目，合计 1234.56 万元）：疑似照抄预算，请按实际执行情况填写决算数");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.accounts().isEmpty()) {
            return List.of();
        }
        FinalAccounts accounts = disclosure.accounts().get();
        Map<String, BigDecimal> spent = byLine(accounts.actuals().expenditures());
        Map<String, BigDecimal> initial = new TreeMap<>();
        for (BudgetedLine line : accounts.budgeted()) {
            if (line.initial() != null) {
                initial.merge(key(line.functionCode().value(), line.kind().name(), line.source().name()), line.initial(), BigDecimal::add);
            }
        }
        if (allEqual(spent, initial)) {
            return List.of(copied("年初预算数", spent));
        }
        if (disclosure.publishedBudget().isPresent()
                && allEqual(spent, byLine(disclosure.publishedBudget().get().expenditures()))) {
            return List.of(copied("已公开的" + accounts.year() + "年预算数", spent));
        }
        return List.of();
    }

    private Finding copied(String what, Map<String, BigDecimal> spent) {
        BigDecimal total = spent.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return finding("决算数·支出", "决算数与" + what + "逐项全部相同（" + nonZero(spent) + " 个科目，合计 " + money(total)
                + " 万元）：疑似照抄预算，请按实际执行情况填写决算数");
    }

    /**
     * The same non-zero amount on every line either side holds, over enough lines to mean something, project lines
     * among them: basic spending (salaries) is often spent exactly as budgeted, a project almost never to the fen.
     */
    private static boolean allEqual(Map<String, BigDecimal> spent, Map<String, BigDecimal> budgeted) {
        boolean projects = spent.entrySet().stream().anyMatch(e -> e.getKey().contains(ExpenditureKind.PROJECT.name()) && e.getValue().signum() != 0);
        if (budgeted.isEmpty() || nonZero(spent) < AT_LEAST || !projects) {
            return false;
        }
        Set<String> keys = new TreeSet<>(spent.keySet());
        keys.addAll(budgeted.keySet());
        return keys.stream().allMatch(k -> same(spent.get(k), budgeted.get(k)));
    }

    private static long nonZero(Map<String, BigDecimal> amounts) {
        return amounts.values().stream().filter(a -> a.signum() != 0).count();
    }

    /** Amounts by 项 × kind × source; a line carried over from last year joins its 项, as the budgeted lines do. */
    private static Map<String, BigDecimal> byLine(List<ExpenditureLine> lines) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (ExpenditureLine line : lines) {
            sums.merge(key(line.functionCode().value(), line.kind().name(), line.source().name()), Money.orZero(line.amount()),
                    BigDecimal::add);
        }
        return sums;
    }

    private static String key(String code, String kind, String source) {
        return code + "/" + kind + "/" + source;
    }
}
