package org.gongkai.io.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

/**
 * What a complete disclosure contains, item by item: the nine tables of its kind (an empty one counts when its note says
 * why), each explanation section, a performance table for every project (a 决算: its self-evaluation), procurement and
 * assets.
 */
public final class Completeness {

    /** One item of the checklist; {@code credit} is 1 for present, ½ for present but faulty, 0 for missing. */
    public record Item(String group, String name, String state, BigDecimal credit) {
    }

    private static final BigDecimal FULL = BigDecimal.ONE;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static final List<NarrativeSection> SECTIONS = List.of(NarrativeSection.DUTIES, NarrativeSection.ORGANIZATION,
            NarrativeSection.OVERVIEW, NarrativeSection.OPERATING_COST, NarrativeSection.THREE_PUBLIC, NarrativeSection.PERFORMANCE,
            NarrativeSection.PROCUREMENT, NarrativeSection.ASSETS, NarrativeSection.GLOSSARY);

    private Completeness() {
    }

    public static List<Item> of(Disclosure disclosure) {
        DepartmentBudget model = disclosure.model();
        List<Item> items = new ArrayList<>();
        for (StandardTable kind : StandardTable.of(disclosure.kind())) {
            items.add(table(kind, disclosure.table(kind).orElse(null)));
        }
        for (NarrativeSection section : SECTIONS) {
            boolean present = mentions(model, section) || shownOtherwise(model, section);
            items.add(new Item("情况说明", sectionName(section, disclosure.kind()), present ? "有" : "缺少",
                    present ? FULL : BigDecimal.ZERO));
        }
        items.add(disclosure.accounts().map(Completeness::selfEvaluation).orElseGet(() -> performance(model)));
        boolean procurement = !model.procurement().isEmpty() || mentions(model, NarrativeSection.PROCUREMENT);
        items.add(new Item("数据", "政府采购", procurement ? "有" : "缺少", procurement ? FULL : BigDecimal.ZERO));
        boolean assets = model.assets() != null && (model.assets().total() != null || !model.assets().rows().isEmpty())
                || mentions(model, NarrativeSection.ASSETS);
        items.add(new Item("数据", "国有资产", assets ? "有" : "缺少", assets ? FULL : BigDecimal.ZERO));
        return items;
    }

    /** The national 决算 template's headings for the parts of its explanation. */
    private static final java.util.Map<NarrativeSection, String> ACCOUNTS_SECTIONS = java.util.Map.of(
            NarrativeSection.DUTIES, "主要职能", NarrativeSection.ORGANIZATION, "部门决算单位构成",
            NarrativeSection.OVERVIEW, "收入支出决算情况说明", NarrativeSection.OPERATING_COST, "机关运行经费支出情况",
            NarrativeSection.THREE_PUBLIC, "财政拨款“三公”经费支出决算情况说明", NarrativeSection.PERFORMANCE, "预算绩效管理情况",
            NarrativeSection.PROCUREMENT, "政府采购支出情况", NarrativeSection.ASSETS, "国有资产占有使用情况",
            NarrativeSection.GLOSSARY, "名词解释");

    /** A section as the disclosure's kind heads it: a budget's as the rules name it, a 决算's as its template does. */
    private static String sectionName(NarrativeSection section, org.gongkai.core.budget.DisclosureKind kind) {
        return kind == org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS && ACCOUNTS_SECTIONS.containsKey(section)
                ? ACCOUNTS_SECTIONS.get(section) : org.gongkai.core.rules.Locations.sectionName(section);
    }

    /** The share of the checklist present, 0 to 1, with four decimals. */
    public static BigDecimal ratio(List<Item> items) {
        BigDecimal credit = items.stream().map(Item::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        return credit.divide(BigDecimal.valueOf(items.size()), 4, java.math.RoundingMode.HALF_UP);
    }

    private static Item table(StandardTable kind, StatementTable table) {
        String name = "表" + kind.number() + "《" + kind.title() + "》";
        if (table == null) {
            return new Item("九张表", name, "缺少", BigDecimal.ZERO);
        }
        if (table.rows().isEmpty()) {
            boolean noted = table.note() != null && org.gongkai.core.rules.req.EmptyTablesShownWithNote.explains(table.note());
            return new Item("九张表", name, noted ? "空表并说明" : "空表未说明", noted ? FULL : HALF);
        }
        return new Item("九张表", name, "有", FULL);
    }

    private static Item performance(DepartmentBudget model) {
        List<Project> projects = model.projects();
        boolean projectSpending = model.figures().project().signum() > 0;
        java.util.OptionalInt stated = org.gongkai.core.rules.req.ProjectsHavePerformanceTables.projectsWithTargets(
                model.narrative(NarrativeSection.PERFORMANCE));
        if (projects.isEmpty() && projectSpending && stated.isPresent() && stated.getAsInt() > 0) {
            // Some regions publish the count and the tables at unit level: disclosed, but not checkable here.
            return new Item("绩效", "项目绩效目标表", "说明称已编报绩效目标，目标表未随文公开", HALF);
        }
        if (projects.isEmpty()) {
            return projectSpending ? new Item("绩效", "项目绩效目标表", "有项目支出但无绩效目标表", BigDecimal.ZERO)
                    : new Item("绩效", "项目绩效目标表", "无项目", FULL);
        }
        long withIndicators = projects.stream().filter(p -> !p.indicators().isEmpty()).count();
        BigDecimal credit = BigDecimal.valueOf(withIndicators).divide(BigDecimal.valueOf(projects.size()), 4,
                java.math.RoundingMode.HALF_UP);
        return new Item("绩效", "项目绩效目标表", withIndicators + "/" + projects.size() + " 个项目有绩效指标", credit);
    }

    /**
     * A 决算 reports how its projects were evaluated (绩效自评), not their targets: the results it states, or at least a
     * performance section.
     */
    private static Item selfEvaluation(org.gongkai.core.accounts.FinalAccounts accounts) {
        if (!accounts.evaluations().isEmpty()) {
            return new Item("绩效", "绩效自评", "有", FULL);
        }
        return mentions(accounts.actuals(), NarrativeSection.PERFORMANCE)
                ? new Item("绩效", "绩效自评", "说明了绩效管理，未见自评结果", HALF)
                : new Item("绩效", "绩效自评", "缺少", BigDecimal.ZERO);
    }

    /** As R-REQ-03 counts them: units show the organisation, rows show procurement and assets, goals show performance. */
    private static boolean shownOtherwise(DepartmentBudget model, NarrativeSection section) {
        return switch (section) {
            case ORGANIZATION -> !model.units().isEmpty();
            case PROCUREMENT -> !model.procurement().isEmpty();
            case ASSETS -> model.assets() != null && !model.assets().rows().isEmpty();
            case PERFORMANCE -> !model.projects().isEmpty() || !model.performance().overallGoals().isEmpty();
            default -> false;
        };
    }

    private static boolean mentions(DepartmentBudget model, NarrativeSection section) {
        String text = model.narrative(section);
        return text != null && !text.isBlank();
    }
}
