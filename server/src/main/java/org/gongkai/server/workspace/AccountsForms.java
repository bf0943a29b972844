package org.gongkai.server.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.ThreePublicBySource;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.io.template.TemplateLabels;
import org.springframework.util.MultiValueMap;

/**
 * Turns each posted 决算 form into changed final accounts, as {@link ModelForms} does for a budget: every bad cell is
 * named by its table and row (「支出第 3 行：…」), all at once, and nothing changes until the whole form reads.
 * Parts: incomes, lines (年初预算数, 调整预算数 and 决算数 of each 项 × kind × source), basic, three-public, balances,
 * narrative.
 */
final class AccountsForms {

    private final FinalAccounts accounts;
    private final MultiValueMap<String, String> form;
    private final List<ModelProblem> problems = new ArrayList<>();

    private AccountsForms(FinalAccounts accounts, MultiValueMap<String, String> form) {
        this.accounts = accounts;
        this.form = form;
    }

    static FinalAccounts apply(FinalAccounts accounts, String part, MultiValueMap<String, String> form) {
        return new AccountsForms(accounts, form).apply(part);
    }

    private FinalAccounts apply(String part) {
        DepartmentBudget actuals = accounts.actuals();
        var builder = actuals.toBuilder();
        List<BudgetedLine> budgeted = accounts.budgeted();
        ThreePublicAmounts threePublicBudget = accounts.threePublicBudget();
        ThreePublicCounts counts = accounts.threePublicCounts();
        Balances balances = accounts.balances();
        switch (part) {
            case "incomes" -> builder.incomes(incomes());
            case "lines" -> {
                List<LineRow> rows = each("支出", FormRows.of(form, List.of("code", "initial", "adjusted", "actual"), "code", "kind",
                        "source", "initial", "adjusted", "actual"), this::line);
                budgeted = rows.stream().filter(r -> r.budgeted() != null).map(LineRow::budgeted).toList();
                builder.expenditures(spent(rows));
            }
            case "basic" -> builder.basicEconomic(each("基本支出", FormRows.of(form, List.of("code", "amount"), "code", "kind", "amount"),
                    r -> new BasicEconomicLine(EconomicCode.of(r.get("code")), TemplateLabels.choose(TemplateLabels.COSTS, r.get("kind"),
                            "经费类型"), ModelForms.money(r.get("amount"), true))));
            case "three-public" -> {
                threePublicBudget = attempt("“三公”经费预算数", () -> amounts("budget"));
                ThreePublicAmounts spent = attempt("“三公”经费决算数", () -> amounts("actual"));
                builder.threePublic(threePublicSpent(spent));
                counts = attempt("“三公”经费实物量", this::counts);
                builder.operatingCost(attempt("机关运行经费", () -> ModelForms.money(first("operatingCost"), false)));
            }
            case "balances" -> balances = attempt("结转和结余", this::balances);
            case "narrative" -> builder.narrative(narrative());
            default -> throw new IllegalArgumentException("未知的表单：" + part);
        }
        if (!problems.isEmpty()) {
            throw new FormRefused(problems);
        }
        return new FinalAccounts(builder.build(), budgeted, balances, threePublicBudget, counts, accounts.procurement(),
                accounts.evaluations());
    }

    /** The year's income by source; what was carried in from last year stays (it is the 决算's 年初结转和结余). */
    private List<Income> incomes() {
        List<Income> incomes = new ArrayList<>(each("收入", FormRows.of(form, List.of("amount"), "source", "amount"),
                r -> new Income(TemplateLabels.choose(TemplateLabels.SOURCES, r.get("source"), "收入类型"),
                        ModelForms.money(r.get("amount"), true), false)));
        accounts.actuals().incomes().stream().filter(Income::carriedOver).forEach(incomes::add);
        return incomes;
    }

    /** One row of the 支出 form: its 项 × kind × source, what was budgeted (if anything) and what was spent (if anything). */
    private record LineRow(FunctionCode code, org.gongkai.core.budget.ExpenditureKind kind, FundingSource source,
                           BudgetedLine budgeted, BigDecimal actual) {
    }

    private LineRow line(FormRows.Row r) {
        FunctionCode code = FunctionCode.of(r.get("code"));
        var kind = TemplateLabels.choose(TemplateLabels.KINDS, r.get("kind"), "支出类型");
        FundingSource source = TemplateLabels.choose(TemplateLabels.SOURCES, r.get("source"), "资金来源");
        BigDecimal initial = ModelForms.money(r.get("initial"), false);
        BigDecimal adjusted = ModelForms.money(r.get("adjusted"), false);
        BigDecimal actual = ModelForms.money(r.get("actual"), false);
        if (initial == null && adjusted == null && actual == null) {
            throw new IllegalArgumentException("年初预算数、调整预算数、决算数至少填一个");
        }
        BudgetedLine budgeted = initial == null && adjusted == null ? null : new BudgetedLine(code, kind, source, initial, adjusted);
        return new LineRow(code, kind, source, budgeted, actual);
    }

    /**
     * The 决算数 as expenditure lines. A 项 whose 决算数 the form left as it was keeps its lines as they were (a part
     * carried over from last year stays apart); a changed one becomes one line of the year.
     */
    private List<ExpenditureLine> spent(List<LineRow> rows) {
        Map<String, List<ExpenditureLine>> before = new LinkedHashMap<>();
        accounts.actuals().expenditures().forEach(l -> before.computeIfAbsent(key(l.functionCode(), l.kind(), l.source()),
                k -> new ArrayList<>()).add(l));
        List<ExpenditureLine> lines = new ArrayList<>();
        for (LineRow row : rows) {
            if (row.actual() == null) {
                continue;
            }
            List<ExpenditureLine> old = before.getOrDefault(key(row.code(), row.kind(), row.source()), List.of());
            BigDecimal oldSum = old.stream().map(ExpenditureLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!old.isEmpty() && oldSum.compareTo(row.actual()) == 0) {
                lines.addAll(old);
            } else {
                lines.add(new ExpenditureLine(row.code(), row.kind(), row.source(), false, row.actual()));
            }
        }
        return lines;
    }

    static String key(FunctionCode code, org.gongkai.core.budget.ExpenditureKind kind, FundingSource source) {
        return code.value() + "/" + kind.name() + "/" + source.name();
    }

    /** The form edits the general public budget's “三公” 决算数; other sources' stay. */
    private List<ThreePublicBySource> threePublicSpent(ThreePublicAmounts spent) {
        List<ThreePublicBySource> kept = new ArrayList<>(accounts.actuals().threePublic().stream()
                .filter(t -> t.source() != FundingSource.GENERAL_PUBLIC_BUDGET).toList());
        if (spent != null && !spent.equals(ThreePublicAmounts.NONE)) {
            kept.add(0, new ThreePublicBySource(FundingSource.GENERAL_PUBLIC_BUDGET, spent));
        }
        return kept;
    }

    private ThreePublicAmounts amounts(String prefix) {
        Function<String, BigDecimal> item = key -> ModelForms.money(first(prefix + "-" + key), false);
        return new ThreePublicAmounts(item.apply("abroadTeaching"), item.apply("abroadOther"), item.apply("vehiclePurchase"),
                item.apply("vehicleOperation"), item.apply("reception"));
    }

    private ThreePublicCounts counts() {
        return new ThreePublicCounts(count("vehiclesBought", "购置公务用车"), count("vehiclesHeld", "年末公务用车保有量"),
                count("delegationsAbroad", "因公出国（境）团组"), count("personsAbroad", "因公出国（境）人次"),
                count("receptions", "国内公务接待批次"), count("receptionPersons", "国内公务接待人次"));
    }

    private Integer count(String field, String what) {
        String text = java.text.Normalizer.normalize(first(field), java.text.Normalizer.Form.NFKC).replaceFirst("[辆个次人批]+$", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + "“" + first(field) + "”不是整数");
        }
    }

    private Balances balances() {
        List<CarryForward> opening = new ArrayList<>();
        List<CarryForward> closing = new ArrayList<>();
        for (FormRows.Row r : FormRows.of(form, List.of("opening", "closing"), "source", "opening", "closing").rows()) {
            attempt("结转和结余第 " + r.number() + " 行", () -> {
                FundingSource source = TemplateLabels.choose(TemplateLabels.SOURCES, r.get("source"), "资金来源");
                BigDecimal in = ModelForms.money(r.get("opening"), false);
                BigDecimal out = ModelForms.money(r.get("closing"), false);
                if (in != null) {
                    opening.add(new CarryForward(source, in));
                }
                if (out != null) {
                    closing.add(new CarryForward(source, out));
                }
                return source;
            });
        }
        return new Balances(opening, closing, ModelForms.money(first("nonFiscalSurplusUsed"), false),
                ModelForms.money(first("careerFundUsed"), false), ModelForms.money(first("surplusDistribution"), false));
    }

    private Map<NarrativeSection, String> narrative() {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : TemplateLabels.ACCOUNTS_SECTIONS.keySet()) {
            String text = form.getFirst("section-" + section.name());
            if (text != null) {
                sections.put(section, text.isBlank() ? null : text.replace("\r\n", "\n"));
            }
        }
        return sections;
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

    private <T> T attempt(String where, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
            problems.add(new ModelProblem(where, e.getMessage()));
            return null;
        }
    }

    private String first(String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
