package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ThreePublicAmounts;

/**
 * How a department's published budget was executed, read from its published 决算 beside it: each headline figure
 * budgeted and spent, and the execution rate (决算数 ÷ 预算数) of each function class and of the total; and the
 * departments of a region ranked by that rate. Both come from the listed figures, never from the models, except the
 * "三公" budget, which only the 决算 states.
 */
final class Executions {

    private Executions() {
    }

    /**
     * The budget against its 决算. The budget column is the published budget's figures, but for "三公", whose budget
     * the 决算 states itself (年初预算 as the 决算 table prints it).
     */
    static PageData.Execution of(PublishedDisclosure budget, PublishedDisclosure accounts) {
        Map<String, PageData.Headline> planned = Headlines.of(budget, Optional.empty()).stream()
                .collect(Collectors.toMap(PageData.Headline::key, Function.identity()));
        ThreePublicAmounts threePublicBudget = accounts.accounts().map(a -> a.threePublicBudget()).orElse(ThreePublicAmounts.NONE);
        List<PageData.ExecutionRow> figures = Headlines.of(accounts, Optional.empty()).stream()
                .map(spent -> row(spent.key(), spent.label(), spent.key().equals(Headlines.THREE_PUBLIC_KEY)
                        ? threePublicBudgetOrNull(threePublicBudget) : planned.get(spent.key()).amount(), spent.amount()))
                .toList();
        Map<String, String> names = new TreeMap<>();
        budget.summary().byClass().forEach(c -> names.put(c.code(), c.name()));
        accounts.summary().byClass().forEach(c -> names.putIfAbsent(c.code(), c.name()));
        List<PageData.ExecutionRow> byClass = new ArrayList<>();
        names.forEach((code, name) -> byClass.add(row(code, name, amountOf(budget.summary(), code), amountOf(accounts.summary(), code))));
        return new PageData.Execution(figures, byClass, row("total", Headlines.TOTAL_LABEL, budget.summary().total(), accounts.summary().total()));
    }

    /** The region's departments with both published for the year, the highest execution rate first (then by code). */
    static List<PageData.ExecutionRank> ranking(Snapshot snapshot, int year, String regionCode, int limit) {
        List<PageData.ExecutionRank> ranked = new ArrayList<>();
        for (PublishedDisclosure accounts : snapshot.currentAccounts(year, regionCode)) {
            snapshot.find(accounts.departmentCode(), year, DisclosureKind.BUDGET, null).ifPresent(budget -> {
                BigDecimal rate = rate(accounts.summary().total(), budget.summary().total());
                if (rate != null) {
                    ranked.add(new PageData.ExecutionRank(accounts.departmentCode(), accounts.departmentName(), accounts.path(),
                            budget.summary().total(), accounts.summary().total(), rate));
                }
            });
        }
        return ranked.stream().sorted(Comparator.comparing(PageData.ExecutionRank::rate).reversed()
                .thenComparing(PageData.ExecutionRank::code)).limit(limit).toList();
    }

    /** 决算数 ÷ 预算数 in percent to two decimals; null without a budget to divide by. */
    static BigDecimal rate(BigDecimal actual, BigDecimal budget) {
        if (actual == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return actual.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP);
    }

    private static PageData.ExecutionRow row(String code, String label, BigDecimal budget, BigDecimal actual) {
        return new PageData.ExecutionRow(code, label, budget, actual, rate(actual, budget));
    }

    /** A class one side has no spending in counts as zero there, when that side lists classes at all. */
    private static BigDecimal amountOf(Summary summary, String classCode) {
        return summary.byClass().stream().filter(c -> c.code().equals(classCode)).map(Summary.ClassAmount::amount).findFirst()
                .orElse(summary.byClass().isEmpty() ? null : BigDecimal.ZERO.setScale(2));
    }

    private static BigDecimal threePublicBudgetOrNull(ThreePublicAmounts amounts) {
        return amounts.equals(ThreePublicAmounts.NONE) ? null : amounts.total();
    }
}
