package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Money;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * The 年初预算数 of final accounts is the published budget's: for every 项 and fiscal source, what the 决算 gives as its
 * 年初预算数 equals what the department's published budget of that year put there.
 */
public final class InitialBudgetAsPublished extends AccountsRule {

    public InitialBudgetAsPublished() {
        super("R-ACC-12", Severity.ERROR,
                "决算的年初预算数＝本部门同年已公开预算的对应数（按项级科目和财政拨款来源）",
                "2013901 行政运行（一般公共预算）：决算所列年初预算数 50.00 万元，但已公开的预算为 52.00 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.accounts().isEmpty() || disclosure.publishedBudget().isEmpty()) {
            return List.of();
        }
        FinalAccounts accounts = disclosure.accounts().get();
        Map<String, BigDecimal> stated = new TreeMap<>();
        for (BudgetedLine line : accounts.budgeted()) {
            if (line.initial() != null && line.source().isFiscalAppropriation()) {
                stated.merge(key(line.functionCode().value(), line.source().name()), line.initial(), BigDecimal::add);
            }
        }
        if (stated.isEmpty()) {
            return List.of();
        }
        DepartmentBudget budget = disclosure.publishedBudget().get();
        Map<String, BigDecimal> published = new TreeMap<>();
        for (ExpenditureLine line : budget.expenditures()) {
            if (line.source().isFiscalAppropriation()) {
                published.merge(key(line.functionCode().value(), line.source().name()), line.amount(), BigDecimal::add);
            }
        }
        java.util.Set<String> keys = new java.util.TreeSet<>(stated.keySet());
        keys.addAll(published.keySet());
        List<Finding> findings = new ArrayList<>();
        for (String key : keys) {
            BigDecimal inAccounts = Money.orZero(stated.get(key));
            BigDecimal inBudget = Money.orZero(published.get(key));
            if (!same(inAccounts, inBudget)) {
                String[] parts = key.split("/");
                String name = disclosure.catalog().map(c -> " " + c.functionName(org.gongkai.core.classification.FunctionCode.of(parts[0])))
                        .orElse("");
                findings.add(finding("年初预算数·" + parts[0] + name, parts[0] + name + "（" + source(parts[1]) + "）：决算所列年初预算数 "
                        + money(inAccounts) + " 万元，但已公开的" + budget.year() + "年预算为 " + money(inBudget) + " 万元"));
            }
        }
        return findings;
    }

    private static String key(String code, String source) {
        return code + "/" + source;
    }

    private static String source(String source) {
        return switch (org.gongkai.core.budget.FundingSource.valueOf(source)) {
            case GOVERNMENT_FUND -> "政府性基金预算";
            case STATE_CAPITAL -> "国有资本经营预算";
            default -> "一般公共预算";
        };
    }
}
