package org.gongkai.io.importing.print;

import java.util.List;
import java.util.Random;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.narrative.Placeholders;

/**
 * Random valid models ({@link ValidPackages}) given another department and year, their explanation drafted again for
 * them, so that a print names whose and which year's budget it is as a real one does.
 */
public final class OracleModels {

    private static final List<String> PLACES = List.of("某市", "某县", "城东区", "江北新区", "清河县", "南山区", "");
    private static final List<String> BODIES = List.of("教育局", "档案馆", "机关事务服务中心", "人民代表大会常务委员会办公室", "财政局",
            "市场监督管理局", "文化和旅游局", "退役军人事务局", "住房和城乡建设局", "卫生健康委员会");

    /** Each year's codes in force, looked up once (the catalog computes them afresh at every call). */
    private static final java.util.Map<Integer, java.util.Set<String>> FUNCTIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Integer, java.util.Set<String>> ECONOMICS = new java.util.concurrent.ConcurrentHashMap<>();

    private OracleModels() {
    }

    public static DepartmentBudget random(long seed, int lines) {
        Random random = new Random(seed * 7919 + lines);
        DepartmentBudget valid = ValidPackages.random(seed, lines);
        String name = PLACES.get(random.nextInt(PLACES.size())) + BODIES.get(random.nextInt(BODIES.size()));
        Department department = new Department(Integer.toString(100 + random.nextInt(900)), name);
        int year = 2019 + random.nextInt(8);
        // The generated codes are 2023's: a year whose catalog lacks one of them keeps 2023.
        return moved(valid, department, inForce(valid, year) ? year : 2023, name);
    }

    /**
     * Each basic line's kind as the classification defines it — 人员经费 are 工资福利支出 (301) and 对个人和家庭的补助 (303),
     * everything else 公用经费 — where the generator draws it at random: a 310 资本性支出 counted as 人员经费 is valid for the
     * model but printed nowhere, and a reader may rightly take 301 + 303 for 人员经费.
     */
    private static List<BasicEconomicLine> classified(List<BasicEconomicLine> lines) {
        return lines.stream().map(l -> new BasicEconomicLine(l.economicCode(), l.economicCode().value().startsWith("301")
                || l.economicCode().value().startsWith("303") ? BasicCostKind.PERSONNEL : BasicCostKind.PUBLIC, l.amount())).toList();
    }

    /** 机关运行经费 as ValidPackages sets it: the 公用经费. */
    private static java.math.BigDecimal publicFunds(List<BasicEconomicLine> lines) {
        return org.gongkai.core.budget.Money.sum(lines.stream().filter(l -> l.kind() == BasicCostKind.PUBLIC).toList(),
                BasicEconomicLine::amount);
    }

    private static boolean inForce(DepartmentBudget model, int year) {
        java.util.Set<String> functions = FUNCTIONS.computeIfAbsent(year,
                y -> java.util.Set.copyOf(ClassificationCatalog.builtIn().forYear(y).functionsInForce().keySet()));
        java.util.Set<String> economics = ECONOMICS.computeIfAbsent(year,
                y -> java.util.Set.copyOf(ClassificationCatalog.builtIn().forYear(y).economicsInForce().keySet()));
        return model.expenditures().stream().map(l -> l.functionCode().value())
                .allMatch(c -> functions.contains(c) && functions.contains(c.substring(0, 3)) && functions.contains(c.substring(0, 5)))
                && model.basicEconomic().stream().allMatch(l -> economics.contains(l.economicCode().value()));
    }

    private static DepartmentBudget moved(DepartmentBudget valid, Department department, int year, String name) {
        DepartmentBudget moved = DepartmentBudget.builder(year, department)
                .incomes(valid.incomes()).expenditures(valid.expenditures()).basicEconomic(classified(valid.basicEconomic()))
                .threePublic(valid.threePublic()).threePublicLastYear(valid.threePublicLastYear())
                .operatingCost(publicFunds(classified(valid.basicEconomic()))).projects(valid.projects()).performance(valid.performance())
                .procurement(valid.procurement()).assets(valid.assets()).previousYear(valid.previousYear())
                .units(List.of(new Unit(null, name + "（本级）", "行政", "正处级", "财政拨款")))
                .narrative(NarrativeSection.DUTIES, valid.narrative(NarrativeSection.DUTIES))
                .narrative(NarrativeSection.ORGANIZATION, valid.narrative(NarrativeSection.ORGANIZATION))
                .narrative(NarrativeSection.OTHER, valid.narrative(NarrativeSection.OTHER))
                .build();
        DepartmentBudget drafted = Drafter.draft(moved);
        String threePublic = drafted.narrative(NarrativeSection.THREE_PUBLIC);
        return threePublic == null ? drafted : drafted.toBuilder().narrative(NarrativeSection.THREE_PUBLIC,
                threePublic.replace(Placeholders.of("增减变化原因"), "主要原因是公务活动安排调整")).build();
    }
}
