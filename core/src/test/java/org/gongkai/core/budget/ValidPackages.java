package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.narrative.Placeholders;

/**
 * Random models that are right in every respect a rule checks, drafted as Gongkai drafts them: basic
 * expenditure split by economic line, projects that add up to project spending with sound indicators, "三公"
 * with last year and a reason, procurement within budget, assets. Shared with io and bench via the test-jar.
 */
public final class ValidPackages {

    /** Economic lines that "三公" must cover are left out so any "三公" amounts stay consistent. */
    private static final List<String> THREE_PUBLIC_LINES = List.of("30217", "30231", "31013", "30913");

    private ValidPackages() {
    }

    public static DepartmentBudget random(long seed, int lines) {
        Random random = new Random(seed);
        DepartmentBudget base = Budgets.randomBalanced(seed, lines, 2023);
        Builder builder = Budgets.department(2023);
        base.incomes().forEach(builder::income);
        base.expenditures().forEach(builder::expenditure);
        List<BasicEconomicLine> basic = basicLines(random, base.figures().expenditure(
                l -> l.kind() == ExpenditureKind.BASIC && l.source() == FundingSource.GENERAL_PUBLIC_BUDGET));
        basic.forEach(builder::basic);
        BigDecimal publicFunds = Money.sum(basic.stream().filter(b -> b.kind() == BasicCostKind.PUBLIC).toList(),
                BasicEconomicLine::amount);
        builder.operatingCost(publicFunds);
        List<Project> projects = projects(random, base.figures().project());
        projects.forEach(builder::project);
        if (!projects.isEmpty()) {
            Project first = projects.get(0);
            builder.procurement(new ProcurementItem(first.name(), first.amount(), "其他服务", "C99000000", "项",
                    BigDecimal.ONE, first.amount(), first.amount(), FundingSource.GENERAL_PUBLIC_BUDGET, first.amount()));
        }
        ThreePublicAmounts now = threePublic(random);
        builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, now).threePublicLastYear(threePublic(random));
        builder.assets(new Assets("2022年末", new BigDecimal("1234.567891"), Money.ZERO, List.of(
                new AssetRow("合计", null, new BigDecimal("1234.567891")))));
        builder.performance(new DepartmentPerformance(List.of("保障部门正常运转，完成年度工作任务。"), List.of(), List.of()));
        if (random.nextBoolean()) {
            BudgetFigures figures = builder.build().figures();
            builder.previousYear(new PreviousYear(null, figures.expenditureTotal().add(cents(random, 500)),
                    figures.basic().add(cents(random, 300)), figures.project().add(cents(random, 200))));
        }
        builder.unit(new Unit(null, "测试部门（本级）", "行政", "正处级", "财政拨款"));
        ownSections().forEach(builder::narrative);
        DepartmentBudget drafted = Drafter.draft(builder.build());
        return withReason(drafted);
    }

    private static List<BasicEconomicLine> basicLines(Random random, BigDecimal total) {
        List<String> codes = Budgets.economicSections(2023).stream().filter(c -> !THREE_PUBLIC_LINES.contains(c)).toList();
        List<BasicEconomicLine> lines = new ArrayList<>();
        for (BigDecimal part : split(random, total, 1 + random.nextInt(6))) {
            BasicCostKind kind = random.nextBoolean() ? BasicCostKind.PERSONNEL : BasicCostKind.PUBLIC;
            lines.add(new BasicEconomicLine(EconomicCode.of(codes.get(random.nextInt(codes.size()))), kind, part));
        }
        return lines;
    }

    private static List<Project> projects(Random random, BigDecimal total) {
        List<Project> projects = new ArrayList<>();
        List<BigDecimal> parts = split(random, total, 1 + random.nextInt(4));
        for (int i = 0; i < parts.size(); i++) {
            projects.add(project("测试项目" + (i + 1), parts.get(i)));
        }
        return projects;
    }

    public static Project project(String name, BigDecimal amount) {
        String figure = amount.toPlainString();
        List<Indicator> indicators = List.of(
                new Indicator("产出指标", "数量指标", "完成事项数量", "年度完成事项数量", "≥10 项", "年度工作计划"),
                new Indicator("产出指标", "质量指标", "验收合格率", "验收合格率", "≥95%", "验收单"),
                new Indicator("产出指标", "时效指标", "完成时限", "按期完成", "≤30 天", "年度工作计划"),
                new Indicator("产出指标", "成本指标", "预算支出金额", "支出控制在预算内", "≤" + figure + "万元", "预算批复"),
                new Indicator("效益指标", "社会效益指标", "服务保障水平", "服务保障水平提升", "比上年有所提高", "年度工作计划"),
                new Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "满意人数占调查人数比例", "≥95%", "问卷调查"));
        return new Project(null, name, null, null, amount, amount, Money.ZERO,
                "预算数 " + figure + " 万元。其中：财政资金 " + figure + " 万元，其他资金 0 万元。",
                List.of(new PaymentMilestone("3月底", new BigDecimal("25")), new PaymentMilestone("6月底", new BigDecimal("25")),
                        new PaymentMilestone("10月底", new BigDecimal("25")), new PaymentMilestone("12月底", new BigDecimal("25"))),
                List.of("保障" + name + "顺利实施", "提升服务质量"), indicators);
    }

    private static ThreePublicAmounts threePublic(Random random) {
        return new ThreePublicAmounts(cents(random, 500), cents(random, 2000), cents(random, 3000), cents(random, 5000),
                cents(random, 4000));
    }

    private static Map<NarrativeSection, String> ownSections() {
        Map<NarrativeSection, String> own = new EnumMap<>(NarrativeSection.class);
        own.put(NarrativeSection.DUTIES, "负责本部门职责范围内的各项工作。");
        own.put(NarrativeSection.ORGANIZATION, "本部门由本级一个单位组成。");
        own.put(NarrativeSection.OTHER, "本部门无其他需要说明的事项。");
        return own;
    }

    private static DepartmentBudget withReason(DepartmentBudget drafted) {
        String text = drafted.narrative(NarrativeSection.THREE_PUBLIC);
        return drafted.toBuilder().narrative(NarrativeSection.THREE_PUBLIC,
                text.replace(Placeholders.of("增减变化原因"), "主要原因是公务活动安排调整")).build();
    }

    /** Splits an amount into n positive parts in cents (fewer when the amount is too small). */
    static List<BigDecimal> split(Random random, BigDecimal total, int n) {
        long cents = total.movePointRight(2).longValueExact();
        List<BigDecimal> parts = new ArrayList<>();
        if (cents == 0) {
            return parts;
        }
        int count = (int) Math.min(n, cents);
        long remaining = cents;
        for (int i = 0; i < count - 1; i++) {
            long part = 1 + (long) (random.nextDouble() * (remaining - (count - i)));
            parts.add(BigDecimal.valueOf(part, 2));
            remaining -= part;
        }
        parts.add(BigDecimal.valueOf(remaining, 2));
        return parts;
    }

    private static BigDecimal cents(Random random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100), 2).setScale(2, RoundingMode.UNNECESSARY);
    }
}
