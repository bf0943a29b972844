package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ThreePublicAmounts;

/**
 * Drafts the data-bound sections of the explanation from the model, so text and tables cannot disagree.
 * Free-text sections (职责, 机构设置, 其他事项) stay the department's own; where only the department can
 * explain (why "三公" changed) the draft leaves a {@link Placeholders placeholder} that R-REQ-05 refuses.
 */
public final class Drafter {

    private Drafter() {
    }

    /** The model with its data-bound sections drafted; sections the department wrote itself are kept. */
    public static DepartmentBudget draft(DepartmentBudget model) {
        Map<NarrativeSection, String> narrative = drafted(model);
        narrative.putAll(model.narrative());
        return model.toBuilder().narrative(narrative).build();
    }

    /** The sections drafting would fill that the model does not hold yet (to say what 起草 did). */
    public static java.util.Set<NarrativeSection> missing(DepartmentBudget model) {
        java.util.Set<NarrativeSection> missing = java.util.EnumSet.noneOf(NarrativeSection.class);
        drafted(model).keySet().stream().filter(s -> model.narrative(s) == null || model.narrative(s).isBlank()).forEach(missing::add);
        return missing;
    }

    /** The sections this model's data can draft. */
    public static java.util.Set<NarrativeSection> draftable(DepartmentBudget model) {
        return drafted(model).keySet();
    }

    /** The model with one data-bound section drafted again from the figures, replacing what it held. */
    public static DepartmentBudget redraft(DepartmentBudget model, NarrativeSection section) {
        String text = drafted(model).get(section);
        if (text == null) {
            throw new IllegalArgumentException("“" + section + "”不是按表格数据起草的部分，须由部门填写");
        }
        return model.toBuilder().narrative(section, text).build();
    }

    private static Map<NarrativeSection, String> drafted(DepartmentBudget model) {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        narrative.put(NarrativeSection.OVERVIEW, overview(model));
        if (model.operatingCost() != null) {
            narrative.put(NarrativeSection.OPERATING_COST, operatingCost(model));
        }
        narrative.put(NarrativeSection.THREE_PUBLIC, threePublic(model));
        narrative.put(NarrativeSection.PROCUREMENT, procurement(model));
        if (model.assets() != null) {
            narrative.put(NarrativeSection.ASSETS, assets(model.assets()));
        }
        narrative.put(NarrativeSection.GLOSSARY, Glossary.draft(model));
        return narrative;
    }

    static String overview(DepartmentBudget model) {
        BudgetFigures f = model.figures();
        int year = model.year();
        return "（一）收入说明\n" + year + "年部门预算收入" + w(f.incomeTotal()) + "，其中：一般公共预算拨款收入"
                + w(f.income(FundingSource.GENERAL_PUBLIC_BUDGET, false)) + "。\n"
                + "（二）支出说明\n" + year + "年部门支出预算为" + w(f.expenditureTotal()) + "，其中基本支出" + w(f.basic())
                + "，包括人员经费" + w(f.personnel()) + "和公用经费" + w(f.publicFunds()) + "；项目支出" + w(f.project()) + "。"
                + change(model);
    }

    /** （三）比上年增减: the change of the total, basic and project spending, with the direction word its sign calls for. */
    private static String change(DepartmentBudget model) {
        PreviousYear before = model.previousYear();
        if (before == null || before.expenditureTotal() == null) {
            return "";
        }
        BudgetFigures f = model.figures();
        StringBuilder text = new StringBuilder("\n（三）比上年增减情况\n" + model.year() + "年部门预算较" + (model.year() - 1) + "年"
                + moved(f.expenditureTotal().subtract(before.expenditureTotal())));
        if (before.basic() != null && before.project() != null) {
            text.append("，其中：基本支出").append(moved(f.basic().subtract(before.basic())))
                    .append("；项目支出").append(moved(f.project().subtract(before.project())));
        }
        return text.append("。").toString();
    }

    private static String moved(BigDecimal change) {
        return change.signum() == 0 ? "持平" : (change.signum() > 0 ? "增加" : "减少") + w(change.abs());
    }

    static String operatingCost(DepartmentBudget model) {
        return model.year() + "年机关运行经费安排" + w(model.operatingCost()) + "，主要用于" + mainItems(model) + "等支出。";
    }

    /** The largest 公用经费 lines of table 6, by their catalog names: what the money is mainly for. */
    private static String mainItems(DepartmentBudget model) {
        if (!ClassificationCatalog.supports(model.year())) {
            return "办公及印刷费、邮电费、差旅费、福利费、日常维修费、公务用车运行维护费";
        }
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(model.year());
        List<String> names = model.basicEconomic().stream().filter(l -> l.kind() == BasicCostKind.PUBLIC)
                .sorted(java.util.Comparator.comparing(BasicEconomicLine::amount).reversed()).limit(6)
                .map(l -> catalog.economic(l.economicCode()).map(e -> e.name()).orElse(l.economicCode().value())).toList();
        return names.isEmpty() ? "保障机关正常运转的办公、差旅、维修及公务用车运行维护" : String.join("、", names);
    }

    static String threePublic(DepartmentBudget model) {
        ThreePublicAmounts now = model.figures().threePublic();
        StringBuilder text = new StringBuilder(model.year() + "年“三公”经费预算为" + w(now.total()) + "，其中：" + parts(now) + "。");
        ThreePublicAmounts before = model.threePublicLastYear();
        if (before != null) {
            text.append((model.year() - 1) + "年“三公”经费预算为" + w(before.total()) + "，其中：" + parts(before) + "。");
            BigDecimal change = now.total().subtract(before.total());
            if (change.signum() == 0) {
                text.append("“三公”经费与上年持平。");
            } else {
                text.append(model.year() + "年“三公”经费比" + (model.year() - 1) + "年" + (change.signum() > 0 ? "增加" : "减少")
                        + w(change.abs()) + "，" + Placeholders.of("增减变化原因") + "。");
            }
        }
        return text.toString();
    }

    static String procurement(DepartmentBudget model) {
        if (model.procurement().isEmpty()) {
            return model.year() + "年本部门未安排政府采购预算。";
        }
        return model.year() + "年本部门安排政府采购预算" + w(model.figures().procurementTotal()) + "，共" + model.procurement().size()
                + "项，具体内容见政府采购预算表。";
    }

    static String assets(Assets assets) {
        String total = assets.total() == null ? "" : "上年末固定资产金额为" + w(assets.total().setScale(2, java.math.RoundingMode.HALF_UP)) + "。";
        String planned = assets.plannedPurchases() == null ? "" : "本年度拟购置固定资产总额为" + w(assets.plannedPurchases()) + "。";
        return total + planned;
    }

    private static String parts(ThreePublicAmounts amounts) {
        return "因公出国（境）费" + w(amounts.abroad()) + "；公务用车购置及运行维护费" + w(amounts.vehicle())
                + "，其中：公务用车购置费" + w(Money.orZero(amounts.vehiclePurchase())) + "，公务用车运行维护费"
                + w(Money.orZero(amounts.vehicleOperation())) + "；公务接待费" + w(Money.orZero(amounts.reception()));
    }

    private static String w(BigDecimal amount) {
        return Money.orZero(amount).toPlainString() + "万元";
    }
}
