package org.gongkai.server.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.ThreePublicBySource;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.io.template.TemplateLabels;
import org.springframework.util.MultiValueMap;

/**
 * Turns each posted form into a changed model. Every bad cell is reported with its table and row
 * ("支出第 3 行：…"), all at once, and nothing is changed until the whole form is valid.
 */
final class ModelForms {

    private final DepartmentBudget model;
    private final MultiValueMap<String, String> form;
    private final List<ModelProblem> problems = new ArrayList<>();

    private ModelForms(DepartmentBudget model, MultiValueMap<String, String> form) {
        this.model = model;
        this.form = form;
    }

    /**
     * The model with one part replaced by the form: units, incomes, lines, basic, three-public, narrative, projects,
     * procurement, assets, performance.
     */
    static DepartmentBudget apply(DepartmentBudget model, String part, MultiValueMap<String, String> form) {
        return new ModelForms(model, form).apply(part);
    }

    /** The model with project {@code index} (from 0) replaced by the project form. */
    static DepartmentBudget applyProject(DepartmentBudget model, int index, MultiValueMap<String, String> form) {
        ModelForms forms = new ModelForms(model, form);
        Project project = forms.project(model.projects().get(index));
        forms.requireNoProblems();
        List<Project> projects = new ArrayList<>(model.projects());
        projects.set(index, project);
        return model.toBuilder().projects(projects).build();
    }

    private DepartmentBudget apply(String part) {
        var builder = model.toBuilder();
        switch (part) {
            case "units" -> builder.units(each("机构", FormRows.of(form, List.of("code", "name", "nature", "rank", "fundingForm"), "code", "name", "nature", "rank", "fundingForm"),
                    r -> new Unit(r.get("code"), r.get("name"), r.get("nature"), r.get("rank"), r.get("fundingForm"))));
            case "incomes" -> builder.incomes(each("收入", FormRows.of(form, List.of("amount"), "source", "carried", "amount"),
                    r -> new Income(TemplateLabels.choose(TemplateLabels.SOURCES, r.get("source"), "收入类型"), money(r.get("amount"), true),
                            "是".equals(r.get("carried")))));
            case "lines" -> builder.expenditures(each("支出", FormRows.of(form, List.of("code", "amount"), "code", "kind", "source", "carried", "amount"),
                    r -> new ExpenditureLine(functionCode(r.get("code")), TemplateLabels.choose(TemplateLabels.KINDS, r.get("kind"), "支出类型"),
                            TemplateLabels.choose(TemplateLabels.SOURCES, r.get("source"), "资金来源"), "是".equals(r.get("carried")),
                            money(r.get("amount"), true))));
            case "basic" -> builder.basicEconomic(each("基本支出", FormRows.of(form, List.of("code", "amount"), "code", "kind", "amount"),
                    r -> new BasicEconomicLine(economicCode(r.get("code")), TemplateLabels.choose(TemplateLabels.COSTS, r.get("kind"), "经费类型"),
                            money(r.get("amount"), true))));
            case "three-public" -> threePublic(builder);
            case "narrative" -> builder.narrative(narrative());
            case "projects" -> builder.projects(projectList());
            case "procurement" -> builder.procurement(each("政府采购", FormRows.of(form, List.of("projectName", "itemName", "amount"),
                    "projectName", "projectBudget", "itemName", "catalogCode", "unit", "quantity", "unitPrice", "amount", "smeReserved",
                    "source"), this::procurementItem));
            case "assets" -> assets(builder);
            case "performance" -> builder.performance(performance());
            default -> throw new IllegalArgumentException("未知的表单：" + part);
        }
        requireNoProblems();
        return builder.build();
    }

    private ProcurementItem procurementItem(FormRows.Row r) {
        return new ProcurementItem(r.get("projectName"), money(r.get("projectBudget"), false), r.get("itemName"), r.get("catalogCode"),
                r.get("unit"), decimal(r.get("quantity"), "数量"), money(r.get("unitPrice"), false), money(r.get("amount"), true),
                r.get("source").isEmpty() ? FundingSource.GENERAL_PUBLIC_BUDGET : FundingSource.valueOf(r.get("source")),
                money(r.get("smeReserved"), false));
    }

    private void assets(Builder builder) {
        List<AssetRow> rows = each("国有资产", FormRows.of(form, List.of("category", "quantity", "value"), "category", "quantity", "value"),
                r -> new AssetRow(r.get("category"), decimal(r.get("quantity"), "数量"), decimal(r.get("value"), "价值")));
        Assets assets = attempt("国有资产", () -> {
            String asOf = first("asOf");
            BigDecimal total = decimal(first("total"), "资产总额");
            BigDecimal planned = decimal(first("plannedPurchases"), "拟购置");
            return asOf.isEmpty() && total == null && planned == null && rows.isEmpty() ? null
                    : new Assets(asOf, total, planned, rows);
        });
        builder.assets(assets);
    }

    private DepartmentPerformance performance() {
        List<PerformanceGoal> goals = each("分项绩效目标", FormRows.of(form, List.of("area", "goal", "indicator"), "area", "goal", "indicator"),
                r -> new PerformanceGoal(r.get("area"), r.get("goal"), r.get("indicator")));
        return new DepartmentPerformance(lines("overallGoals"), goals, lines("safeguards"));
    }

    private List<String> lines(String field) {
        return first(field).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static BigDecimal decimal(String text, String column) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + column + "”的“" + text + "”不是数字");
        }
    }

    /** The form edits the 一般公共预算 "三公" amounts, last year's and 机关运行经费; other sources' amounts stay. */
    private void threePublic(Builder builder) {
        ThreePublicAmounts current = attempt("“三公”经费本年", () -> amounts("this"));
        ThreePublicAmounts last = attempt("“三公”经费上年", () -> amounts("last"));
        List<ThreePublicBySource> kept = new ArrayList<>(model.threePublic().stream()
                .filter(t -> t.source() != FundingSource.GENERAL_PUBLIC_BUDGET).toList());
        if (current != null && anyStated("this")) {
            kept.add(0, new ThreePublicBySource(FundingSource.GENERAL_PUBLIC_BUDGET, current));
        }
        builder.threePublic(kept);
        builder.threePublicLastYear(last != null && anyStated("last") ? last : null);
        builder.operatingCost(attempt("机关运行经费", () -> money(first("operatingCost"), false)));
    }

    private boolean anyStated(String prefix) {
        return List.of("AbroadTeaching", "AbroadOther", "VehiclePurchase", "VehicleOperation", "Reception").stream()
                .anyMatch(k -> !first(prefix + k).isBlank());
    }

    private ThreePublicAmounts amounts(String prefix) {
        return new ThreePublicAmounts(money(first(prefix + "AbroadTeaching"), false), money(first(prefix + "AbroadOther"), false),
                money(first(prefix + "VehiclePurchase"), false), money(first(prefix + "VehicleOperation"), false),
                money(first(prefix + "Reception"), false));
    }

    private Map<NarrativeSection, String> narrative() {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : NarrativeSection.values()) {
            // Kept as typed (only the browser's line ends are undone); a cleared box removes that part (null).
            String text = form.getFirst("section-" + section.name());
            sections.put(section, text == null || text.isBlank() ? null : text.replace("\r\n", "\n"));
        }
        return sections;
    }

    /** The project list form renames, re-codes and re-budgets projects; indicators stay with their project. */
    private List<Project> projectList() {
        List<Project> result = new ArrayList<>();
        List<Project> old = model.projects();
        for (FormRows.Row r : FormRows.of(form, List.of("code", "name", "unitName", "amount"), "index", "code", "name", "unitName", "amount").rows()) {
            Project kept = attempt("项目第 " + r.number() + " 行", () -> {
                Project before = r.get("index").isBlank() ? null : old.get(Integer.parseInt(r.get("index")));
                return new Project(r.get("code"), r.get("name"), before == null ? null : before.unitCode(), r.get("unitName"),
                        money(r.get("amount"), false), before == null ? null : before.fiscalFunds(),
                        before == null ? null : before.otherFunds(), before == null ? null : before.purpose(),
                        before == null ? List.of() : before.paymentPlan(), before == null ? List.of() : before.goals(),
                        before == null ? List.of() : before.indicators());
            });
            if (kept != null) {
                result.add(kept);
            }
        }
        return result;
    }

    private Project project(Project before) {
        List<Indicator> indicators = each("绩效指标", FormRows.of(form, List.of("level1", "level2", "level3", "description", "value", "basis"), "level1", "level2", "level3",
                "description", "value", "basis"),
                r -> new Indicator(r.get("level1"), r.get("level2"), r.get("level3"), r.get("description"), r.get("value"),
                        r.get("basis")));
        List<PaymentMilestone> plan = each("资金支出计划", FormRows.of(form, List.of("period", "percent"), "period", "percent"),
                r -> new PaymentMilestone(required(r.get("period"), "时点"), percent(r.get("percent"))));
        List<String> goals = lines("goals");
        // Each amount is read on its own, so that a refusal names the field it is about and the page can show it there.
        BigDecimal amount = attempt(ProjectForm.AMOUNT, () -> money(first("amount"), false));
        BigDecimal fiscal = attempt(ProjectForm.FISCAL_FUNDS, () -> money(first("fiscalFunds"), false));
        BigDecimal other = attempt(ProjectForm.OTHER_FUNDS, () -> money(first("otherFunds"), false));
        String name = attempt(ProjectForm.NAME, () -> required(first("name"), "项目名称"));
        return problems.isEmpty() ? attempt("项目", () -> new Project(first("code"), name, first("unitCode"), first("unitName"),
                amount, fiscal, other, first("purpose"), plan, goals, indicators)) : null;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + "必须填写");
        }
        return text;
    }

    /** A percent column takes 「50」 as well as 「50%」「50 %」「50％」 and full-width digits. */
    static BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("百分比必须填写");
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
        plain = plain.endsWith("%") ? plain.substring(0, plain.length() - 1) : plain;
        try {
            return new BigDecimal(plain.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("百分比“" + text + "”不是数字（如 50 或 50%）");
        }
    }

    private <T> List<T> each(String table, FormRows rows, Function<FormRows.Row, T> read) {
        List<T> values = new ArrayList<>();
        for (FormRows.Row row : rows.rows()) {
            T value = attempt(table + "第 " + row.number() + " 行", () -> read.apply(row));
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <T> T attempt(String where, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            problems.add(new ModelProblem(where, e.getMessage()));
            return null;
        }
    }

    private void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
    }

    private String first(String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /**
     * A well-formed code is taken even when the catalog in force does not hold it (it may be new this year: R-CAT-08
     * warns); only a code under no class of the year is refused.
     */
    private FunctionCode functionCode(String text) {
        FunctionCode code = FunctionCode.of(text);
        String root = code.value().substring(0, 3);
        if (ClassificationCatalog.builtIn().forYear(model.year()).function(root).isEmpty()) {
            throw new IllegalArgumentException("功能分类科目 " + text + " 的类 " + root + " 不在 " + model.year() + " 年度目录中");
        }
        return code;
    }

    private EconomicCode economicCode(String text) {
        EconomicCode code = EconomicCode.of(text);
        String root = code.value().substring(0, 3);
        if (!ClassificationCatalog.builtIn().forYear(model.year()).economicClassKnownOrUnjudged(code.value())) {
            throw new IllegalArgumentException("经济分类科目 " + text + " 的类 " + root + " 不在 " + model.year() + " 年度目录中");
        }
        return code;
    }



    static BigDecimal money(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("金额必须填写");
            }
            return null;
        }
        try {
            // The form's amounts are in 万元: 「120万」「120万元」, full-width digits and separators are the same number.
            String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replace(",", "")
                    .replaceAll("\\s+", "").replaceFirst("万元?$", "");
            return Money.normalize(new BigDecimal(plain), "金额");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("金额“" + text + "”不是数字（以万元计，如 12.50）");
        }
    }
}
