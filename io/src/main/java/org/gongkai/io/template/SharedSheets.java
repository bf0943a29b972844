package org.gongkai.io.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Unit;

/**
 * What the budget and the 决算 workbook hold alike, written and read the same way for both: the department, last
 * year's totals and the assets in 基本信息, and the sheets 基本支出, 机构, 项目 with 绩效, 整体绩效, the procurement items,
 * 资产 and 说明 (the procurement items and 说明 under the form's own names and sections, 基本支出's amount under the
 * form's header).
 */
final class SharedSheets {

    private static final int FIRST_PERIOD = TemplateLabels.PROJECTS.headers().indexOf(TemplateLabels.PERIODS.get(0) + "%");
    private static final int GOALS = FIRST_PERIOD + TemplateLabels.PERIODS.size();

    private SharedSheets() {
    }

    /** The 基本信息 sheet, its fields as the form lists them. */
    private static void info(TemplateWorkbook out, TemplateForm form, DepartmentBudget m) {
        Map<TemplateColumn, Object> fields = new LinkedHashMap<>();
        fields.put(TemplateLabels.DEPARTMENT_CODE, m.department().code());
        fields.put(TemplateLabels.DEPARTMENT_NAME, m.department().name());
        fields.put(form.year(), m.year());
        fields.put(form.operatingCost(), m.operatingCost());
        fields.put(TemplateLabels.PREVIOUS_INCOME, m.previousYear() == null ? null : m.previousYear().incomeTotal());
        fields.put(TemplateLabels.PREVIOUS_EXPENDITURE, m.previousYear() == null ? null : m.previousYear().expenditureTotal());
        fields.put(TemplateLabels.PREVIOUS_BASIC, m.previousYear() == null ? null : m.previousYear().basic());
        fields.put(TemplateLabels.PREVIOUS_PROJECT, m.previousYear() == null ? null : m.previousYear().project());
        fields.put(TemplateLabels.ASSETS_AS_OF, m.assets() == null ? null : m.assets().asOf());
        fields.put(TemplateLabels.ASSETS_TOTAL, m.assets() == null ? null : m.assets().total());
        fields.put(TemplateLabels.PLANNED_PURCHASES, m.assets() == null ? null : m.assets().plannedPurchases());
        out.info(fields);
    }

    static void write(TemplateWorkbook out, TemplateForm form, DepartmentBudget m) {
        info(out, form, m);
        Sheet basic = out.sheet(form.basic());
        for (BasicEconomicLine l : m.basicEconomic()) {
            TemplateWorkbook.row(basic, TemplateWorkbook.cells(out.economic(l.economicCode()), TemplateLabels.COSTS.get(l.kind()),
                    l.amount()));
        }
        Sheet units = out.sheet(TemplateLabels.UNITS);
        for (Unit u : m.units()) {
            TemplateWorkbook.row(units, u.code(), u.name(), u.nature(), u.rank(), u.fundingForm());
        }
        Sheet projects = out.sheet(TemplateLabels.PROJECTS);
        Sheet indicators = out.sheet(TemplateLabels.INDICATORS);
        for (Project p : m.projects()) {
            List<Object> cells = new ArrayList<>(List.of(text(p.code()), p.name(), text(p.unitCode()), text(p.unitName()),
                    value(p.amount()), value(p.fiscalFunds()), value(p.otherFunds()), text(p.purpose())));
            for (String period : TemplateLabels.PERIODS) {
                cells.add(p.paymentPlan().stream().filter(x -> x.period().equals(period)).map(PaymentMilestone::percent)
                        .findFirst().map(Object.class::cast).orElse(""));
            }
            cells.add(String.join("\n", p.goals()));
            TemplateWorkbook.row(projects, cells.toArray());
            for (Indicator i : p.indicators()) {
                TemplateWorkbook.row(indicators, projects.getLastRowNum(), p.name(), text(i.level1()), text(i.level2()),
                        text(i.level3()), text(i.description()), text(i.value()), text(i.basis()));
            }
        }
        Sheet overall = out.sheet(TemplateLabels.OVERALL);
        for (String goal : m.performance().overallGoals()) {
            TemplateWorkbook.row(overall, TemplateLabels.OVERALL_GOAL, "", goal, "");
        }
        for (PerformanceGoal goal : m.performance().goals()) {
            TemplateWorkbook.row(overall, TemplateLabels.ITEMISED_GOAL, text(goal.area()), goal.goal(), text(goal.indicator()));
        }
        for (String safeguard : m.performance().safeguards()) {
            TemplateWorkbook.row(overall, TemplateLabels.SAFEGUARD, "", safeguard, "");
        }
        Sheet procurement = out.sheet(form.procurementItems());
        for (ProcurementItem p : m.procurement()) {
            TemplateWorkbook.row(procurement, text(p.projectName()), value(p.projectBudget()), p.itemName(), text(p.catalogCode()),
                    text(p.unit()), value(p.quantity()), value(p.unitPrice()), p.amount(), value(p.smeReserved()));
        }
        Sheet assets = out.sheet(TemplateLabels.ASSETS);
        if (m.assets() != null) {
            for (AssetRow r : m.assets().rows()) {
                TemplateWorkbook.row(assets, r.category(), value(r.quantity()), value(r.value()));
            }
        }
        Sheet narrative = out.sheet(form.narrative());
        form.sections().forEach((section, label) -> TemplateWorkbook.row(narrative, label, text(m.narrative(section))));
    }

    static void read(FilledWorkbook in, TemplateForm form, Builder builder) {
        FilledRow operatingCost = in.field(form.operatingCost());
        in.attempt(operatingCost.where(), () -> builder.operatingCost(operatingCost.money(1)));
        in.each(form.basic(), row -> builder.basic(new BasicEconomicLine(row.economic(0, in.catalog()),
                row.choice(2, TemplateLabels.COSTS), row.requiredMoney(3))));
        in.attempt(FilledWorkbook.sheet(form.info(), "上年数"), () -> {
            PreviousYear previous = new PreviousYear(in.field(TemplateLabels.PREVIOUS_INCOME).money(1),
                    in.field(TemplateLabels.PREVIOUS_EXPENDITURE).money(1), in.field(TemplateLabels.PREVIOUS_BASIC).money(1),
                    in.field(TemplateLabels.PREVIOUS_PROJECT).money(1));
            if (previous.expenditureTotal() != null) {
                builder.previousYear(previous);
            }
        });
        in.each(TemplateLabels.UNITS, row -> builder.unit(new Unit(row.optional(0), row.required(1), row.optional(2),
                row.optional(3), row.optional(4))));
        projects(in, builder);
        List<String> overall = new ArrayList<>();
        List<PerformanceGoal> itemised = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        in.each(TemplateLabels.OVERALL, row -> {
            String category = row.choice(0, TemplateLabels.OVERALL.columns().get(0).choices());
            if (TemplateLabels.OVERALL_GOAL.equals(category)) {
                overall.add(row.required(2));
            } else if (TemplateLabels.ITEMISED_GOAL.equals(category)) {
                itemised.add(new PerformanceGoal(row.text(1), row.text(2), row.text(3)));
            } else if (TemplateLabels.SAFEGUARD.equals(category)) {
                safeguards.add(row.required(2));
            }
        });
        builder.performance(new DepartmentPerformance(overall, itemised, safeguards));
        in.each(form.procurementItems(), row -> builder.procurement(new ProcurementItem(row.optional(0), row.money(1),
                row.required(2), row.optional(3), row.optional(4), row.number(5, ColumnInput.NUMBER), row.money(6),
                row.requiredMoney(7), FundingSource.GENERAL_PUBLIC_BUDGET, row.money(8))));
        assets(in, form, builder);
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        in.each(form.narrative(), row -> {
            NarrativeSection section = TemplateLabels.key(form.sections(), row.text(0).strip());
            if (section != null && !row.text(1).isBlank()) {
                narrative.put(section, row.text(1));
            }
        });
        builder.narrative(narrative);
    }

    /** 项目 with each project's indicators from 绩效, found by the project's number or else its name. */
    private static void projects(FilledWorkbook in, Builder builder) {
        LinkedRows<Indicator> indicators = new LinkedRows<>();
        in.each(TemplateLabels.INDICATORS, row -> indicators.add(row,
                new Indicator(row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), row.text(7))));
        int[] number = {0};
        in.each(TemplateLabels.PROJECTS, row -> {
            number[0]++;
            List<PaymentMilestone> plan = new ArrayList<>();
            for (int i = 0; i < TemplateLabels.PERIODS.size(); i++) {
                BigDecimal percent = row.number(FIRST_PERIOD + i, ColumnInput.PERCENT);
                if (percent != null) {
                    plan.add(new PaymentMilestone(TemplateLabels.PERIODS.get(i), percent));
                }
            }
            List<String> goals = row.text(GOALS).lines().map(String::strip).filter(g -> !g.isEmpty()).toList();
            builder.project(new Project(row.optional(0), row.required(1), row.optional(2), row.optional(3), row.money(4),
                    row.money(5), row.money(6), row.optional(7), plan, goals, indicators.of(number[0], row.text(1))));
        });
    }

    private static void assets(FilledWorkbook in, TemplateForm form, Builder builder) {
        List<AssetRow> assets = new ArrayList<>();
        in.each(TemplateLabels.ASSETS, row -> assets.add(new AssetRow(row.required(0), row.number(1, ColumnInput.NUMBER),
                row.number(2, ColumnInput.VALUE))));
        in.attempt(FilledWorkbook.sheet(form.info(), "资产"), () -> {
            String asOf = in.field(TemplateLabels.ASSETS_AS_OF).optional(1);
            BigDecimal total = in.field(TemplateLabels.ASSETS_TOTAL).number(1, ColumnInput.VALUE);
            BigDecimal planned = in.field(TemplateLabels.PLANNED_PURCHASES).money(1);
            if (!assets.isEmpty() || asOf != null || total != null || planned != null) {
                builder.assets(new Assets(asOf, total, planned, assets));
            }
        });
    }

    private static Object value(BigDecimal value) {
        return TemplateWorkbook.value(value);
    }

    private static String text(String value) {
        return TemplateWorkbook.text(value);
    }
}
