package org.gongkai.server.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.io.template.TemplateLabels;

/**
 * What changed between two versions of a budget, as a reviewer reads it: each row, item or sentence added, removed
 * or changed, with its value before and after — for the audit log and for 「本次提交的修改」.
 */
public final class ModelChanges {

    /** One change: the part of the page, what in it, and the value before and after (null when added or removed). */
    public record Change(String part, String what, String before, String after) {

        public String kind() {
            return before == null ? "新增" : after == null ? "删除" : "修改";
        }
    }

    private final List<Change> changes = new ArrayList<>();

    private ModelChanges() {
    }

    public static List<Change> between(DepartmentBudget before, DepartmentBudget after) {
        ModelChanges diff = new ModelChanges();
        diff.rows("机构设置", before.units(), after.units(), Unit::code, u -> u.name() + " " + Objects.toString(u.nature(), ""));
        diff.rows("收入", before.incomes(), after.incomes(),
                i -> TemplateLabels.SOURCES.get(i.source()) + (i.carriedOver() ? "（上年结转）" : ""), i -> money(i.amount()));
        diff.rows("支出", before.expenditures(), after.expenditures(), ModelChanges::lineKey, l -> money(l.amount()));
        diff.rows("基本支出", before.basicEconomic(), after.basicEconomic(),
                l -> l.economicCode().value() + " " + TemplateLabels.COSTS.get(l.kind()), l -> money(l.amount()));
        diff.threePublic("“三公”经费（本年）", before.figures().threePublic(), after.figures().threePublic());
        diff.threePublic("“三公”经费（上年）", orNone(before.threePublicLastYear()), orNone(after.threePublicLastYear()));
        diff.value("机关运行经费", "金额", money(before.operatingCost()), money(after.operatingCost()));
        diff.projects(before.projects(), after.projects());
        diff.rows("部门整体绩效目标", before.performance() == null ? List.<String>of() : before.performance().overallGoals(),
                after.performance() == null ? List.<String>of() : after.performance().overallGoals(), s -> s, s -> s);
        diff.rows("政府采购", before.procurement(), after.procurement(), p -> p.projectName() + " · " + p.itemName(),
                p -> money(p.amount()));
        diff.value("国有资产", "资产总额", before.assets() == null ? null : money(before.assets().total()),
                after.assets() == null ? null : money(after.assets().total()));
        diff.rows("国有资产", before.assets() == null ? List.of() : before.assets().rows(),
                after.assets() == null ? List.of() : after.assets().rows(), AssetRow::category,
                a -> Objects.toString(a.quantity(), "") + " / " + money(a.value()));
        for (NarrativeSection section : NarrativeSection.values()) {
            diff.sentences("说明·" + TemplateLabels.SECTIONS.get(section), before.narrative(section), after.narrative(section));
        }
        return List.copyOf(diff.changes);
    }

    /** Changes the audit line spells out; a bigger edit names these and counts the rest. */
    private static final int SPELLED_OUT = 12;
    private static final int SHOWN_CHARS = 40;

    /**
     * The audit log's line: each change with its values, by part (「收入：一般公共预算拨款收入 8900.03 → 8901.03」), so that
     * a reviewer reads what changed, not only how much; a long edit names its first changes and counts the others.
     */
    public static String summary(List<Change> changes) {
        if (changes.isEmpty()) {
            return "保存（未改动数据，已核对）";
        }
        Map<String, List<String>> byPart = new LinkedHashMap<>();
        changes.stream().limit(SPELLED_OUT).forEach(c -> byPart.computeIfAbsent(c.part(), p -> new ArrayList<>()).add(spelled(c)));
        List<String> parts = new ArrayList<>();
        byPart.forEach((part, words) -> parts.add(part + "：" + String.join("、", words)));
        String more = changes.size() > SPELLED_OUT ? "；……共 " + changes.size() + " 处修改" : "";
        return String.join("；", parts) + more;
    }

    private static String spelled(Change c) {
        boolean sentence = "句子".equals(c.what());
        if (c.before() == null) {
            return sentence ? "新增句子「" + shown(c.after()) + "」" : "新增 " + c.what() + "（" + shown(c.after()) + "）";
        }
        if (c.after() == null) {
            return sentence ? "删除句子「" + shown(c.before()) + "」" : "删除 " + c.what() + "（" + shown(c.before()) + "）";
        }
        return c.what() + " " + shown(c.before()) + " → " + shown(c.after());
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "…";
    }

    private static String lineKey(ExpenditureLine line) {
        return line.functionCode().value() + " " + TemplateLabels.KINDS.get(line.kind()) + " " + TemplateLabels.SOURCES.get(line.source())
                + (line.carriedOver() ? "（上年结转）" : "");
    }

    private static ThreePublicAmounts orNone(ThreePublicAmounts amounts) {
        return amounts == null ? ThreePublicAmounts.NONE : amounts;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** Rows matched by key: added, removed, or changed in their value. */
    private <T> void rows(String part, List<T> before, List<T> after, Function<T, String> key, Function<T, String> value) {
        Map<String, String> old = new LinkedHashMap<>();
        before.forEach(row -> old.merge(key.apply(row), value.apply(row), (a, b) -> a + "；" + b));
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach(row -> now.merge(key.apply(row), value.apply(row), (a, b) -> a + "；" + b));
        old.forEach((k, v) -> {
            if (!now.containsKey(k)) {
                changes.add(new Change(part, k, v, null));
            } else if (!Objects.equals(v, now.get(k))) {
                changes.add(new Change(part, k, v, now.get(k)));
            }
        });
        now.forEach((k, v) -> {
            if (!old.containsKey(k)) {
                changes.add(new Change(part, k, null, v));
            }
        });
    }

    private void value(String part, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(part, what, before == null ? "（空）" : before, after == null ? "（空）" : after));
        }
    }

    private void threePublic(String part, ThreePublicAmounts before, ThreePublicAmounts after) {
        value(part, "因公出国（境）费", money(before.abroad()), money(after.abroad()));
        value(part, "公务用车购置费", money(before.vehiclePurchase()), money(after.vehiclePurchase()));
        value(part, "公务用车运行维护费", money(before.vehicleOperation()), money(after.vehicleOperation()));
        value(part, "公务接待费", money(before.reception()), money(after.reception()));
    }

    private void projects(List<Project> before, List<Project> after) {
        rows("项目", before, after, Project::name, p -> "预算 " + Objects.toString(money(p.amount()), "未填"));
        Map<String, Project> old = new LinkedHashMap<>();
        before.forEach(p -> old.putIfAbsent(p.name(), p));
        for (Project project : after) {
            Project was = old.get(project.name());
            if (was != null) {
                rows("项目《" + project.name() + "》绩效指标", was.indicators(), project.indicators(), ModelChanges::indicatorKey,
                        i -> Objects.toString(i.value(), ""));
                rows("项目《" + project.name() + "》绩效目标", was.goals(), project.goals(), g -> g, g -> g);
            }
        }
    }

    private static String indicatorKey(Indicator indicator) {
        return String.join(" / ", Objects.toString(indicator.level2(), ""), Objects.toString(indicator.level3(), ""));
    }

    /** An explanation section compared sentence by sentence. */
    private void sentences(String part, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<String> old = before == null ? List.of() : Sentences.split(before);
        List<String> now = after == null ? List.of() : Sentences.split(after);
        old.stream().filter(s -> !now.contains(s)).forEach(s -> changes.add(new Change(part, "句子", s, null)));
        now.stream().filter(s -> !old.contains(s)).forEach(s -> changes.add(new Change(part, "句子", null, s)));
    }
}
