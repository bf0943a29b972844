package org.gongkai.core.budget;

import static org.gongkai.core.budget.BasicCostKind.PERSONNEL;
import static org.gongkai.core.budget.BasicCostKind.PUBLIC;
import static org.gongkai.core.budget.ExpenditureKind.BASIC;
import static org.gongkai.core.budget.ExpenditureKind.PROJECT;
import static org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;

/** Test fixtures that read like sentences. Shared with io and bench through the test-jar. */
public final class Budgets {

    private Budgets() {
    }

    public static Builder department(int year) {
        return DepartmentBudget.builder(year, new Department("999", "测试部门"));
    }

    /** A small balanced budget: one 事业运行 basic line, one project, the pension lines, all 一般公共预算. */
    public static DepartmentBudget smallBalanced() {
        return department(2023)
                .income(GENERAL_PUBLIC_BUDGET, "150.00")
                .expenditure("2010350", BASIC, GENERAL_PUBLIC_BUDGET, "80.00")
                .expenditure("2010399", PROJECT, GENERAL_PUBLIC_BUDGET, "50.00")
                .expenditure("2080505", BASIC, GENERAL_PUBLIC_BUDGET, "20.00")
                .basic("30101", PERSONNEL, "70.00")
                .basic("30201", PUBLIC, "30.00")
                .build();
    }

    /**
     * A balanced budget of {@code lines} random 项 lines drawn from the year's catalog, every source and kind,
     * some spending carried-over money; incomes are set so that income equals expenditure per source.
     */
    public static DepartmentBudget randomBalanced(long seed, int lines, int year) {
        Random random = new Random(seed);
        List<String> items = itemCodes(year);
        java.util.Set<String> administration = administrationCodes(year);
        List<String> economics = economicSections(year);
        Builder builder = department(year);
        Map<FundingSource, BigDecimal> thisYear = new EnumMap<>(FundingSource.class);
        Map<FundingSource, BigDecimal> carried = new EnumMap<>(FundingSource.class);
        for (int i = 0; i < lines; i++) {
            FundingSource source = pick(random, FundingSource.values());
            boolean carriedOver = random.nextInt(8) == 0;
            BigDecimal amount = amount(random);
            ExpenditureKind kind = source.group() == FundingSource.Group.UNIT_FUNDS
                    ? pick(random, ExpenditureKind.values()) : (random.nextBoolean() ? BASIC : PROJECT);
            String code = items.get(random.nextInt(items.size()));
            // 行政运行 is basic spending by definition: a valid package books no project on it (R-CAT-09).
            builder.expenditure(new ExpenditureLine(FunctionCode.of(code),
                    kind == PROJECT && administration.contains(code) ? BASIC : kind, source, carriedOver, amount));
            (carriedOver ? carried : thisYear).merge(source, amount, BigDecimal::add);
        }
        thisYear.forEach((source, amount) -> builder.income(new Income(source, amount, false)));
        carried.forEach((source, amount) -> builder.income(new Income(source, amount, true)));
        for (int i = 0; i < Math.max(1, lines / 5); i++) {
            builder.basic(new BasicEconomicLine(EconomicCode.of(economics.get(random.nextInt(economics.size()))),
                    pick(random, BasicCostKind.values()), amount(random)));
        }
        return builder.build();
    }

    /** The items named 行政运行 (2010101, 2040601 …). */
    static java.util.Set<String> administrationCodes(int year) {
        return ClassificationCatalog.builtIn().forYear(year).functionsInForce().entrySet().stream()
                .filter(e -> "行政运行".equals(e.getValue().name())).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    public static List<String> itemCodes(int year) {
        List<String> codes = new ArrayList<>();
        ClassificationCatalog.builtIn().forYear(year).functionsInForce().keySet().stream()
                .filter(code -> FunctionCode.of(code).level() == CodeLevel.ITEM).forEach(codes::add);
        return codes;
    }

    public static List<String> economicSections(int year) {
        return ClassificationCatalog.builtIn().forYear(year).economicsInForce().keySet().stream()
                .filter(code -> code.length() == 5).toList();
    }

    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(9_999_999), 2);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
