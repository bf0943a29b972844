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
 * their tables (机构设置, 项目绩效目标表, 政府采购, 国有资产, 名词解释). Every writer renders this same sequence; the
 * department's name and the year stand apart for a cover.
 */
public record PackageContent(String title, String department, int year, List<Part> parts, java.time.LocalDate dated) {

    /** The package dated: the cover's 「年　月」 is the month it was approved or published in. */
    public PackageContent withDate(java.time.LocalDate date) {
        return new PackageContent(title, department, year, parts, date);
    }

    /** Whether this lays out final accounts (部门决算) rather than a budget. */
    public boolean finalAccounts() {
        return title.endsWith("决算公开");
    }

    /** One piece of the package in reading order. */
    public sealed interface Part {
    }

    /** A heading; level 1 is a part (一、二、), 2 a table or section, 3 a sub-heading. */
    public record Heading(int level, String text) implements Part {
        public Heading {
            text = PrintedText.of(text);
        }
    }

    /**
     * A paragraph; {@code marker} is set on an item of a list (「①」, 「1、」, or 「·」 for an unnumbered one), printed
     * hanging before the item's text, never the 「- 」 a list was typed with.
     */
    public record Paragraph(String text, String marker) implements Part {
        public Paragraph {
            text = PrintedText.of(text);
        }

        public Paragraph(String text) {
            this(text, null);
        }

        /** The paragraph as one line of text: an item's marker before it, as a writer without lists prints it. */
        public String printed() {
            return marker == null ? text : marker + (marker.equals(BULLET) ? " " : "") + text;
        }
    }

    /** The marker of a list item typed without a number. */
    static final String BULLET = "·";
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^[-*•·]\\s+(.*)$");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "^([\\u2460-\\u2473]|\\d{1,2}[、.．](?!\\d)|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*(.+)$");

    public record Table(StatementTable table) implements Part {
    }

    /**
     * A plain table of the explanation. Rows {@code headerFrom} to {@code headerFrom + headerRows} are its header: the
     * first rows, except in a 绩效目标表, whose indicator header stands below the project's own rows.
     */
    public record Grid(List<List<GridCell>> cells, int headerFrom, int headerRows) implements Part {

        public Grid {
            cells = cells.stream().map(List::copyOf).toList();
        }

        /** A table whose first {@code headerRows} rows are its header. */
        static Grid of(List<List<GridCell>> cells, int headerRows) {
            return new Grid(cells, 0, headerRows);
        }

        /** The cells' texts, row by row. */
        public List<List<String>> rows() {
            return cells.stream().map(row -> row.stream().map(GridCell::text).toList()).toList();
        }

        public boolean header(int row) {
            return row >= headerFrom && row < headerFrom + headerRows;
        }
    }

    /**
     * A cell of a {@link Grid}: its text as the model holds it (an amount to all its decimals), and what it holds, so a
     * writer that prints amounts its own way (the PDF: #,##0.00, right-aligned) knows which they are.
     */
    public record GridCell(String text, Kind kind) {

        public GridCell {
            text = kind == Kind.TEXT ? PrintedText.of(text) : text;
        }

        public enum Kind { TEXT, MONEY, NUMBER }

        static GridCell text(String text) {
            return new GridCell(text == null ? "" : text, Kind.TEXT);
        }

        /** An amount in 万元; blank when there is none. */
        static GridCell money(BigDecimal amount) {
            return amount == null ? text("") : new GridCell(amount.toPlainString(), Kind.MONEY);
        }

        /** A quantity or a percentage: no trailing zeros (5368, not 5368.000000); blank when there is none. */
        static GridCell number(BigDecimal value) {
            return value == null ? text("") : new GridCell(value.stripTrailingZeros().toPlainString(), Kind.NUMBER);
        }
    }

    public static PackageContent of(DepartmentBudget model, ClassificationCatalog catalog) {
        String who = model.department().name() + model.year() + "年";
        List<Part> parts = opening(who + "部门预算", StandardTables.generateAll(model, catalog), model);
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
        return new PackageContent(who + "部门预算公开", model.department().name(), model.year(), parts, null);
    }

    /**
     * Final accounts laid out as the 决算 package: the nine 决算 tables, then the explanation — 职责 and 机构, the
     * overall and fiscal figures against the budget, "三公", 机关运行经费, 政府采购, 国有资产, 绩效自评 (with the projects'
     * scores), 名词解释.
     */
    public static PackageContent of(org.gongkai.core.accounts.FinalAccounts accounts, ClassificationCatalog catalog) {
        DepartmentBudget actuals = accounts.actuals();
        String who = actuals.department().name() + actuals.year() + "年度";
        List<Part> parts = opening(who + "部门决算", org.gongkai.core.tables.AccountsTables.generateAll(accounts, catalog), actuals);
        section(parts, "2、收入支出决算及财政拨款支出决算情况", actuals.narrative(NarrativeSection.OVERVIEW));
        section(parts, "3、财政拨款“三公”经费支出决算情况", actuals.narrative(NarrativeSection.THREE_PUBLIC));
        section(parts, "4、机关运行经费支出情况", actuals.narrative(NarrativeSection.OPERATING_COST));
        section(parts, "5、政府采购支出情况", actuals.narrative(NarrativeSection.PROCUREMENT));
        section(parts, "6、国有资产占有使用情况", actuals.narrative(NarrativeSection.ASSETS));
        assets(parts, actuals);
        section(parts, "7、预算绩效管理情况", actuals.narrative(NarrativeSection.PERFORMANCE));
        evaluations(parts, accounts.evaluations());
        glossary(parts, actuals.narrative(NarrativeSection.GLOSSARY));
        section(parts, "9、其他需要说明的事项", actuals.narrative(NarrativeSection.OTHER));
        return new PackageContent(who + "部门决算公开", actuals.department().name(), actuals.year(), parts, null);
    }

    /**
     * What a budget's and a 决算's packages open with alike: the nine tables under 「一、…公开表」, then 「二、…情况说明」 with
     * 部门职责 and 机构设置 and the units.
     */
    private static List<Part> opening(String title, List<StatementTable> tables, DepartmentBudget model) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Heading(1, "一、" + title + "公开表"));
        for (StatementTable table : tables) {
            parts.add(new Heading(2, table.kind().number() + "、" + table.title()));
            parts.add(new Table(table));
        }
        parts.add(new Heading(1, "二、" + title + "情况说明"));
        parts.add(new Heading(2, "1、部门职责及机构设置情况"));
        parts.add(new Heading(3, "部门职责："));
        paragraphs(parts, model.narrative(NarrativeSection.DUTIES));
        parts.add(new Heading(3, "机构设置："));
        paragraphs(parts, model.narrative(NarrativeSection.ORGANIZATION));
        units(parts, model.units());
        return parts;
    }

    private static void evaluations(List<Part> parts, List<org.gongkai.core.accounts.SelfEvaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(texts("自评对象", "预算数（万元）", "执行数（万元）", "执行率（%）", "自评得分", "评级"));
        for (org.gongkai.core.accounts.SelfEvaluation e : evaluations) {
            rows.add(List.of(GridCell.text(e.subject()), GridCell.money(e.budget()), GridCell.money(e.spent()),
                    GridCell.number(e.executionRate()), GridCell.number(e.score()), GridCell.text(e.grade())));
        }
        parts.add(Grid.of(rows, 1));
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
                parts.add(paragraph(line.strip()));
            }
        }
    }

    /** A line as a paragraph; a line typed as a list item (「- ①负责…」, 「- 负责…」) as an item under its own number. */
    private static Paragraph paragraph(String line) {
        java.util.regex.Matcher item = LIST_ITEM.matcher(line);
        if (!item.matches()) {
            return new Paragraph(line);
        }
        java.util.regex.Matcher numbered = NUMBERING.matcher(item.group(1).strip());
        return numbered.matches() ? new Paragraph(numbered.group(2).strip(), numbered.group(1))
                : new Paragraph(item.group(1).strip(), BULLET);
    }

    private static void units(List<Part> parts, List<Unit> units) {
        if (units.isEmpty()) {
            return;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(texts("单位名称", "单位性质", "单位规格", "经费保障形式"));
        units.forEach(u -> rows.add(texts(u.name(), u.nature(), u.rank(), u.fundingForm())));
        parts.add(Grid.of(rows, 1));
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
            parts.add(projectTable(project));
        }
    }

    private static void numbered(List<Part> parts, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            parts.add(new Paragraph((i + 1) + "、" + items.get(i)));
        }
    }

    /** A project's 绩效目标表 in the full published layout, which the importer reads back; the indicator header is its header. */
    static Grid projectTable(Project p) {
        List<List<GridCell>> rows = new ArrayList<>();
        if (p.unitCode() != null || p.unitName() != null) {
            rows.add(texts(text(p.unitCode()) + " " + text(p.unitName()), "单位：万元"));
        }
        rows.add(texts("项目编码", p.code(), "项目名称", p.name()));
        rows.add(List.of(GridCell.text("预算规模及资金用途"), GridCell.text("预算数"), GridCell.money(p.amount()),
                GridCell.text("其中：财政资金"), GridCell.money(p.fiscalFunds()), GridCell.text("其他资金"), GridCell.money(p.otherFunds())));
        rows.add(texts("", p.purpose()));
        if (!p.paymentPlan().isEmpty()) {
            List<GridCell> periods = new ArrayList<>(List.of(GridCell.text("资金支出计划（%）")));
            List<GridCell> percents = new ArrayList<>(List.of(GridCell.text("")));
            for (PaymentMilestone m : p.paymentPlan()) {
                periods.add(GridCell.text(m.period()));
                percents.add(GridCell.number(m.percent()));
            }
            rows.add(periods);
            rows.add(percents);
        }
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < p.goals().size(); i++) {
            goals.add((i + 1) + "、" + p.goals().get(i));
        }
        rows.add(texts("绩效目标", String.join(" ", goals)));
        int header = rows.size();
        rows.add(texts("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"));
        for (Indicator i : p.indicators()) {
            rows.add(texts(i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis()));
        }
        return new Grid(rows, header, 1);
    }

    private static void procurement(List<Part> parts, List<ProcurementItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(texts("项目名称", "预算资金", "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价", "合计", "一般公共预算拨款",
                "预留中小微企业份额"));
        for (ProcurementItem i : items) {
            rows.add(List.of(GridCell.text(i.projectName()), GridCell.money(i.projectBudget()), GridCell.text(i.itemName()),
                    GridCell.text(i.catalogCode()), GridCell.text(i.unit()), GridCell.number(i.quantity()), GridCell.money(i.unitPrice()),
                    GridCell.money(i.amount()), GridCell.money(i.amount()), GridCell.money(i.smeReserved())));
        }
        parts.add(Grid.of(rows, 1));
    }

    private static void assets(List<Part> parts, DepartmentBudget model) {
        if (model.assets() == null || model.assets().rows().isEmpty()) {
            return;
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(texts("固定资产类别", "数量", "原值"));
        for (AssetRow row : model.assets().rows()) {
            rows.add(List.of(GridCell.text(row.category()), GridCell.number(row.quantity()), GridCell.money(row.value())));
        }
        parts.add(Grid.of(rows, 1));
    }

    private static void glossary(List<Part> parts, String text) {
        parts.add(new Heading(2, "8、名词解释"));
        if (text == null) {
            return;
        }
        List<List<GridCell>> codes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.contains("\t")) {
                codes.add(texts(line.split("\t", -1)));
            } else if (!line.isBlank()) {
                flushCodes(parts, codes);
                parts.add(new Paragraph(line.strip()));
            }
        }
        flushCodes(parts, codes);
    }

    private static void flushCodes(List<Part> parts, List<List<GridCell>> codes) {
        if (!codes.isEmpty()) {
            parts.add(Grid.of(new ArrayList<>(codes), codes.get(0).get(0).text().matches("\\d+") ? 0 : 1));
            codes.clear();
        }
    }

    private static List<GridCell> texts(String... texts) {
        return java.util.Arrays.stream(texts).map(GridCell::text).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
