package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * Where a 项's 一般公共预算财政拨款 决算数 (the spending the explanation details item by item) differs from its budget (全年预算数, or 年初预算数 where no adjusted figure is given) by more than
 * {@value #THRESHOLD_PERCENT}%, the explanation names the item and gives the reason.
 */
public final class ExecutionDifferenceExplained extends AccountsRule {

    /** The difference, in percent of the budget, from which a reason is expected. */
    static final int THRESHOLD_PERCENT = 10;

    public ExecutionDifferenceExplained() {
        super("R-ACC-11", Severity.WARNING,
                "一般公共预算财政拨款支出决算数与预算数（全年预算数，无则年初预算数）相差超过" + THRESHOLD_PERCENT + "%的项级科目，说明中应写明原因",
                "2013950 事业运行：决算数 11.31 万元，预算数 17.68 万元（相差 36.03%），说明中未见该项的原因");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.accounts().isEmpty() || disclosure.catalog().isEmpty()) {
            return List.of();
        }
        FinalAccounts accounts = disclosure.accounts().get();
        Map<String, BigDecimal> budgeted = new TreeMap<>();
        for (BudgetedLine line : accounts.budgeted()) {
            if (line.source() != FundingSource.GENERAL_PUBLIC_BUDGET) {
                continue;
            }
            budgeted.merge(line.functionCode().value(), Money.orZero(line.finalBudget()), BigDecimal::add);
        }
        List<Sentences.Sentence> sentences = Sentences.of(disclosure);
        List<Finding> findings = new ArrayList<>();
        budgeted.forEach((code, budget) -> {
            if (budget.signum() <= 0) {
                return;
            }
            BigDecimal spent = accounts.spent(line -> line.functionCode().value().equals(code)
                    && line.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
            BigDecimal difference = spent.subtract(budget).abs().multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
            if (difference.compareTo(BigDecimal.valueOf(THRESHOLD_PERCENT)) <= 0) {
                return;
            }
            String name = disclosure.catalog().get().functionName(org.gongkai.core.classification.FunctionCode.of(code));
            if (!explained(sentences, name)) {
                findings.add(finding("说明·财政拨款支出决算具体情况", code + " " + name + "：决算数 " + money(spent) + " 万元，预算数 "
                        + money(budget) + " 万元（相差 " + difference.toPlainString() + "%），说明中未见该项的原因"));
            }
        });
        return findings;
    }

    /** A sentence names the item, and it or one of the next three, before the next numbered item, gives a reason. */
    private static boolean explained(List<Sentences.Sentence> sentences, String name) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).text().contains(name)) {
                for (int j = i; j < Math.min(sentences.size(), i + 4); j++) {
                    if (j > i && NEXT_ITEM.matcher(sentences.get(j).text()).find()) {
                        break;
                    }
                    if (REASON.matcher(sentences.get(j).text()).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern NEXT_ITEM = java.util.regex.Pattern.compile("^[（(]?\\d+[)）、.．]");
    private static final java.util.regex.Pattern REASON = java.util.regex.Pattern.compile("原因[是为：:]*[^。；]{2,}");
}
