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
 * What a complete disclosure contains, item by item: the nine tables (an empty one counts when its note says why),
 * each explanation section, a performance table for every project, procurement and assets.
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
            items.add(new Item("情况说明", org.gongkai.core.rules.Locations.sectionName(section), present ? "有" : "缺少",
                    present ? FULL : BigDecimal.ZERO));
        }
        items.add(performance(model));
        boolean procurement = !model.procurement().isEmpty() || mentions(model, NarrativeSection.PROCUREMENT);
        items.add(new Item("数据", "政府采购", procurement ? "有" : "缺少", procurement ? FULL : BigDecimal.ZERO));
        boolean assets = model.assets() != null && (model.assets().total() != null || !model.assets().rows().isEmpty())
                || mentions(model, NarrativeSection.ASSETS);
        items.add(new Item("数据", "国有资产", assets ? "有" : "缺少", assets ? FULL : BigDecimal.ZERO));
        return items;
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
