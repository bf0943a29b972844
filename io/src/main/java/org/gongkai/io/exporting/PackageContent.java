package org.gongkai.io.exporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;

/**
 * The whole disclosure laid out once, in the official order: the nine tables, then the explanation's sections with
 * their tables (机构设置, 项目绩效目标表, 政府采购, 国有资产, 名词解释). Every writer renders this same sequence.
 */
public record PackageContent(String title, List<Part> parts) {

    /** One piece of the package in reading order. */
    public sealed interface Part {
    }

    /** A heading; level 1 is a part (一、二、), 2 a table or section, 3 a sub-heading. */
    public record Heading(int level, String text) implements Part {
    }

    public record Paragraph(String text) implements Part {
    }

    public record Table(StatementTable table) implements Part {
    }

    /** A plain table of the explanation: the first {@code headerRows} rows are its header. */
    public record Grid(List<List<String>> rows, int headerRows) implements Part {
    }

    public static PackageContent of(DepartmentBudget model, ClassificationCatalog catalog) {
        String who = model.department().name() + model.year() + "年";
        List<Part> parts = new ArrayList<>();
        parts.add(new Heading(1, "一、" + who + "部门预算公开表"));
        for (StatementTable table : StandardTables.generateAll(model, catalog)) {
            parts.add(new Heading(2, table.kind().number() + "、" + table.title()));
            parts.add(new Table(table));
        }
        parts.add(new Heading(1, "二、" + who + "部门预算情况说明"));
        parts.add(new Heading(2, "1、部门职责及机构设置情况"));
        parts.add(new Heading(3, "部门职责："));
        paragraphs(parts, model.narrative(NarrativeSection.DUTIES));
        parts.add(new Heading(3, "机构设置："));
        paragraphs(parts, model.narrative(NarrativeSection.ORGANIZATION));
        units(parts, model.units());
        section(parts, "2、部门预算安排的总体情况", model.narrative(NarrativeSection.OVERVIEW));
        section(parts, "3、机关运行经费安排情况", model.narrative(NarrativeSection.OPERATING_COST));
        section(parts, "4、财政拨款“三公”经费预算情况及增减变化原因", model.narrative(NarrativeSection.THREE_PUBLIC));
        performance(parts, model);
        section(parts, "6、政府采购预算情况", model.narrative(NarrativeSection.PROCUREMENT));
        procurement(parts, model.procurement());
        section(parts, "7、国有资产信息", model.narrative(NarrativeSection.ASSETS));
        assets(parts, model);
        glossary(parts, model.narrative(NarrativeSection.GLOSSARY));
        section(parts, "9、其他需要说明的事项", model.narrative(NarrativeSection.OTHER));
        return new PackageContent(who + "部门预算公开", parts);
    }

    private static void section(List<Part> parts, String heading, String text) {
        parts.add(new Heading(2, heading));
        paragraphs(parts, text);
    }

    private static void paragraphs(List<Part> parts, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                parts.add(new Paragraph(line.strip()));
            }
        }
    }

    private static void units(List<Part> parts, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("单位名称", "单位性质", "单位规格", "经费保障形式"));
        units.forEach(u -> rows.add(List.of(u.name(), text(u.nature()), text(u.rank()), text(u.fundingForm()))));
        parts.add(new Grid(rows, 1));
    }

    private static void performance(List<Part> parts, DepartmentBudget model) {
        parts.add(new Heading(2, "5、预算绩效信息"));
        paragraphs(parts, model.narrative(NarrativeSection.PERFORMANCE));
        parts.add(new Heading(3, "第一部分 部门整体绩效目标"));
        parts.add(new Paragraph("（一）总体绩效目标"));
        numbered(parts, model.performance().overallGoals());
        parts.add(new Paragraph("（二）分项绩效目标"));
        int n = 0;
        for (PerformanceGoal goal : model.performance().goals()) {
            parts.add(new Paragraph(++n + "、绩效目标：" + goal.goal()));
            if (goal.indicator() != null) {
                parts.add(new Paragraph("绩效指标：" + goal.indicator()));
            }
        }
        parts.add(new Paragraph("（三）工作保障措施"));
        numbered(parts, model.performance().safeguards());
        parts.add(new Heading(3, "第二部分 预算项目绩效目标"));
        int number = 0;
        for (Project project : model.projects()) {
            parts.add(new Heading(3, ++number + "、" + project.name() + "绩效目标表"));
            parts.add(new Grid(project(project), 0));
        }
    }

    private static void numbered(List<Part> parts, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            parts.add(new Paragraph((i + 1) + "、" + items.get(i)));
        }
    }

    /** A project's 绩效目标表 in the full published layout, which the importer reads back. */
    static List<List<String>> project(Project p) {
        List<List<String>> rows = new ArrayList<>();
        if (p.unitCode() != null || p.unitName() != null) {
            rows.add(List.of(text(p.unitCode()) + " " + text(p.unitName()), "单位：万元"));
        }
        rows.add(List.of("项目编码", text(p.code()), "项目名称", p.name()));
        rows.add(List.of("预算规模及资金用途", "预算数", money(p.amount()), "其中：财政资金", money(p.fiscalFunds()), "其他资金",
                money(p.otherFunds())));
        rows.add(List.of("", text(p.purpose())));
        if (!p.paymentPlan().isEmpty()) {
            List<String> periods = new ArrayList<>(List.of("资金支出计划（%）"));
            List<String> percents = new ArrayList<>(List.of(""));
            for (PaymentMilestone m : p.paymentPlan()) {
                periods.add(m.period());
                percents.add(m.percent().stripTrailingZeros().toPlainString());
            }
            rows.add(periods);
            rows.add(percents);
        }
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            goals.add((i + 1) + "、" + p.goals().get(i));
        }
        rows.add(List.of("绩效目标", String.join(" ", goals)));
        rows.add(List.of("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"));
        for (Indicator i : p.indicators()) {
            rows.add(List.of(text(i.level1()), text(i.level2()), text(i.level3()), text(i.description()), text(i.value()), text(i.basis())));
        }
        return rows;
    }

    private static void procurement(List<Part> parts, List<ProcurementItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("项目名称", "预算资金", "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价", "合计", "一般公共预算拨款",
                "预留中小微企业份额"));
        for (ProcurementItem i : items) {
            rows.add(List.of(text(i.projectName()), money(i.projectBudget()), i.itemName(), text(i.catalogCode()), text(i.unit()),
                    i.quantity() == null ? "" : i.quantity().stripTrailingZeros().toPlainString(), money(i.unitPrice()),
                    money(i.amount()), money(i.amount()), money(i.smeReserved())));
        }
        parts.add(new Grid(rows, 1));
    }

    private static void assets(List<Part> parts, DepartmentBudget model) {
        if (model.assets() == null || model.assets().rows().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("固定资产类别", "数量", "原值"));
        for (AssetRow row : model.assets().rows()) {
            rows.add(List.of(row.category(), row.quantity() == null ? "" : row.quantity().stripTrailingZeros().toPlainString(),
                    row.value() == null ? "" : row.value().toPlainString()));
        }
        parts.add(new Grid(rows, 1));
    }

    private static void glossary(List<Part> parts, String text) {
        parts.add(new Heading(2, "8、名词解释"));
        if (text == null) {
            return;
        }
        List<List<String>> codes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("\t")) {
                codes.add(List.of(line.split("\t", -1)));
            } else if (!line.isBlank()) {
                flushCodes(parts, codes);
                parts.add(new Paragraph(line.strip()));
            }
        }
        flushCodes(parts, codes);
    }

    private static void flushCodes(List<Part> parts, List<List<String>> codes) {
        if (!codes.isEmpty()) {
            parts.add(new Grid(new ArrayList<>(codes), codes.get(0).get(0).matches("\\d+") ? 0 : 1));
            codes.clear();
        }
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
