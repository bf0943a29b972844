package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * Drafts the data-bound sections of a 决算 explanation from the final accounts, so text and tables cannot disagree:
 * 收入支出决算总体情况 and the fiscal spending against its budget item by item, 基本支出, "三公" against its budget with
 * the physical figures, 机关运行经费, 政府采购, 国有资产, 绩效自评 and the 名词解释. Where only the department can explain
 * (why an item was executed above or below its budget) the draft leaves a {@link Placeholders placeholder}.
 * Sections the department wrote itself are kept.
 */
public final class AccountsDrafter {

    /** The difference from the budget, in percent, from which an item's reason is asked for (as R-ACC-11 asks). */
    static final int REASON_PERCENT = 10;

    private AccountsDrafter() {
    }

    public static FinalAccounts draft(FinalAccounts accounts, YearCatalog catalog) {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        narrative.put(NarrativeSection.OVERVIEW, overview(accounts, catalog));
        narrative.put(NarrativeSection.THREE_PUBLIC, threePublic(accounts));
        narrative.put(NarrativeSection.OPERATING_COST, operatingCost(accounts));
        narrative.put(NarrativeSection.PROCUREMENT, procurement(accounts));
        narrative.put(NarrativeSection.ASSETS, assets(accounts.actuals()));
        narrative.put(NarrativeSection.PERFORMANCE, performance(accounts));
        narrative.put(NarrativeSection.GLOSSARY, GLOSSARY);
        narrative.putAll(accounts.actuals().narrative());
        DepartmentBudget actuals = accounts.actuals().toBuilder().narrative(narrative).build();
        return new FinalAccounts(actuals, accounts.budgeted(), accounts.balances(), accounts.threePublicBudget(),
                accounts.threePublicCounts(), accounts.procurement(), accounts.evaluations());
    }

    static String overview(FinalAccounts accounts, YearCatalog catalog) {
        int year = accounts.year();
        var figures = accounts.figures();
        BigDecimal spent = accounts.expenditureTotal();
        StringBuilder text = new StringBuilder();
        text.append("一、收入支出决算总体情况。").append(year).append("年度收入支出总计").append(w(accounts.grandTotalIncomeSide())).append("。");
        text.append("\n二、收入决算情况。本年收入合计").append(w(accounts.incomeTotal())).append("，其中：财政拨款收入")
                .append(w(fiscal(accounts))).append("。");
        text.append("\n三、支出决算情况。本年支出合计").append(w(spent)).append("，其中：基本支出").append(w(figures.basic()))
                .append("，占").append(share(figures.basic(), spent)).append("；项目支出").append(w(figures.project()))
                .append("，占").append(share(figures.project(), spent)).append("。");
        text.append("\n四、一般公共预算财政拨款支出决算情况。");
        BigDecimal generalSpent = accounts.spent(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
        BigDecimal initial = accounts.initialBudget(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
        BigDecimal adjusted = accounts.finalBudget(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
        text.append("一般公共预算财政拨款支出年初预算为").append(w(initial)).append("，全年预算为").append(w(adjusted))
                .append("，支出决算为").append(w(generalSpent));
        if (adjusted.signum() > 0) {
            text.append("，完成全年预算的").append(rate(generalSpent, adjusted));
        }
        text.append("。");
        items(accounts, catalog, text);
        BigDecimal personnel = basic(accounts, BasicCostKind.PERSONNEL);
        BigDecimal publicFunds = basic(accounts, BasicCostKind.PUBLIC);
        text.append("\n五、一般公共预算财政拨款基本支出决算情况。一般公共预算财政拨款基本支出")
                .append(w(accounts.spent(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET && l.kind() == ExpenditureKind.BASIC)))
                .append("，其中：人员经费").append(w(personnel)).append("，公用经费").append(w(publicFunds)).append("。");
        return text.toString();
    }

    /** Each 项 of the general public budget: its budget, what was spent, and where they differ, why. */
    private static void items(FinalAccounts accounts, YearCatalog catalog, StringBuilder text) {
        Map<String, BigDecimal[]> byItem = new TreeMap<>();
        for (BudgetedLine line : accounts.budgeted()) {
            if (line.source() == FundingSource.GENERAL_PUBLIC_BUDGET) {
                BigDecimal[] amounts = byItem.computeIfAbsent(line.functionCode().value(), c -> new BigDecimal[] {Money.ZERO, Money.ZERO});
                amounts[0] = amounts[0].add(Money.orZero(line.finalBudget()));
            }
        }
        accounts.actuals().expenditures().stream().filter(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET).forEach(line -> {
            BigDecimal[] amounts = byItem.computeIfAbsent(line.functionCode().value(), c -> new BigDecimal[] {Money.ZERO, Money.ZERO});
            amounts[1] = amounts[1].add(line.amount());
        });
        int n = 0;
        for (Map.Entry<String, BigDecimal[]> item : byItem.entrySet()) {
            FunctionCode code = FunctionCode.of(item.getKey());
            BigDecimal budget = item.getValue()[0];
            BigDecimal spent = item.getValue()[1];
            text.append(++n).append("、").append(catalog.functionName(code.classCode())).append("（类）")
                    .append(catalog.functionName(code.sectionCode())).append("（款）").append(catalog.functionName(code)).append("（项）：")
                    .append("全年预算为").append(w(budget)).append("，支出决算为").append(w(spent));
            if (budget.signum() > 0) {
                text.append("，完成全年预算的").append(rate(spent, budget));
            }
            text.append("。");
            if (needsReason(budget, spent)) {
                text.append("决算数").append(spent.compareTo(budget) > 0 ? "大于" : "小于").append("预算数的主要原因：")
                        .append(Placeholders.OPEN).append(catalog.functionName(code)).append("决算数与预算数差异的原因】。");
            }
        }
    }

    private static boolean needsReason(BigDecimal budget, BigDecimal spent) {
        if (budget.signum() == 0) {
            return spent.signum() != 0;
        }
        return spent.subtract(budget).abs().multiply(BigDecimal.valueOf(100)).compareTo(budget.multiply(BigDecimal.valueOf(REASON_PERCENT))) > 0;
    }

    static String threePublic(FinalAccounts accounts) {
        ThreePublicAmounts budget = accounts.threePublicBudget();
        ThreePublicAmounts spent = accounts.figures().threePublic();
        int year = accounts.year();
        if (budget.total().signum() == 0 && spent.total().signum() == 0) {
            return year + "年度无财政拨款“三公”经费预算和支出。";
        }
        ThreePublicCounts counts = accounts.threePublicCounts();
        StringBuilder text = new StringBuilder(year + "年度财政拨款“三公”经费支出预算为" + w(budget.total()) + "，支出决算为"
                + w(spent.total()));
        if (budget.total().signum() > 0) {
            text.append("，完成预算的").append(rate(spent.total(), budget.total()));
        }
        text.append("。其中：因公出国（境）费支出决算").append(w(spent.abroad()));
        appendCount(text, "，全年组织因公出国（境）团组", counts.delegationsAbroad(), "个");
        appendCount(text, "、", counts.personsAbroad(), "人次");
        text.append("；公务用车购置费支出决算").append(w(Money.orZero(spent.vehiclePurchase())));
        appendCount(text, "，购置公务用车", counts.vehiclesBought(), "辆");
        text.append("；公务用车运行维护费支出决算").append(w(Money.orZero(spent.vehicleOperation())));
        appendCount(text, "，年末公务用车保有量", counts.vehiclesHeld(), "辆");
        text.append("；公务接待费支出决算").append(w(Money.orZero(spent.reception())));
        appendCount(text, "，国内公务接待", counts.receptions(), "批次");
        appendCount(text, "、", counts.receptionPersons(), "人次");
        text.append("。");
        if (spent.total().compareTo(budget.total()) > 0) {
            text.append("决算数大于预算数的主要原因：").append(Placeholders.OPEN).append("“三公”经费超出预算的原因】。");
        }
        return text.toString();
    }

    private static void appendCount(StringBuilder text, String before, Integer count, String unit) {
        if (count != null) {
            text.append(before).append(count).append(unit);
        }
    }

    static String operatingCost(FinalAccounts accounts) {
        BigDecimal cost = accounts.actuals().operatingCost();
        return cost == null ? accounts.year() + "年度本部门无机关运行经费支出。"
                : accounts.year() + "年度机关运行经费支出" + w(cost) + "。";
    }

    static String procurement(FinalAccounts accounts) {
        ProcurementSplit split = accounts.procurement();
        if (split.total().signum() == 0) {
            return accounts.year() + "年度本部门无政府采购支出。";
        }
        String text = accounts.year() + "年度政府采购金额为" + w(split.total()) + "，其中：货物采购金额" + w(split.goods())
                + "、工程采购金额" + w(split.works()) + "、服务采购金额" + w(split.services()) + "。";
        return split.awardedToSmes() == null ? text
                : text + "授予中小企业合同金额" + w(split.awardedToSmes()) + "，占政府采购金额的" + share(split.awardedToSmes(), split.total()) + "。";
    }

    static String assets(DepartmentBudget actuals) {
        if (actuals.assets() == null || actuals.assets().rows().isEmpty()) {
            return "截至" + actuals.year() + "年12月31日，本部门国有资产占有使用情况见部门决算报表。";
        }
        StringBuilder text = new StringBuilder("截至" + actuals.year() + "年12月31日，本部门国有资产占有使用情况：");
        List<String> parts = actuals.assets().rows().stream().map(row -> row.category()
                + (row.quantity() == null ? "" : row.quantity().stripTrailingZeros().toPlainString() + (row.category().contains("车") ? "辆" : "台（套）"))
                + (row.value() == null ? "" : "，价值" + w(row.value().setScale(2, RoundingMode.HALF_UP)))).toList();
        return text.append(String.join("；", parts)).append("。").toString();
    }

    static String performance(FinalAccounts accounts) {
        List<SelfEvaluation> projects = accounts.evaluations().stream().filter(e -> !e.wholeDepartment()).toList();
        if (projects.isEmpty()) {
            return accounts.year() + "年度本部门未开展项目绩效自评。";
        }
        int[] grades = new int[4];
        BigDecimal total = Money.ZERO;
        int scored = 0;
        for (SelfEvaluation e : projects) {
            if (e.score() != null) {
                total = total.add(e.score());
                scored++;
                grades[e.score().compareTo(BigDecimal.valueOf(90)) >= 0 ? 0 : e.score().compareTo(BigDecimal.valueOf(80)) >= 0 ? 1
                        : e.score().compareTo(BigDecimal.valueOf(60)) >= 0 ? 2 : 3]++;
            }
        }
        BigDecimal budget = Money.sum(projects, e -> Money.orZero(e.budget()));
        StringBuilder text = new StringBuilder("绩效自评的" + accounts.year() + "年度项目" + projects.size() + "个，涉及预算金额" + w(budget));
        if (scored == projects.size()) {
            text.append("，平均得分").append(total.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP).toPlainString())
                    .append("分（其中，绩效评级为“优”的项目").append(grades[0]).append("个；绩效评级为“良”的项目").append(grades[1])
                    .append("个；绩效评级为“中”的项目").append(grades[2]).append("个；绩效评级为“差”的项目").append(grades[3]).append("个）");
        }
        return text.append("。").toString();
    }

    private static final String GLOSSARY = String.join("\n",
            "一、财政拨款收入：指本级财政当年拨付的资金。",
            "二、事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。",
            "三、其他收入：指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。",
            "四、使用非财政拨款结余：指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额。",
            "五、年初结转和结余：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
            "六、结余分配：指事业单位按照会计制度规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的金额等。",
            "七、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
            "八、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
            "九、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
            "十、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。",
            "十一、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务等的各项公用经费。");

    private static BigDecimal fiscal(FinalAccounts accounts) {
        return Money.sum(accounts.actuals().incomes().stream().filter(i -> !i.carriedOver() && i.source().isFiscalAppropriation()).toList(),
                org.gongkai.core.budget.Income::amount);
    }

    private static BigDecimal basic(FinalAccounts accounts, BasicCostKind kind) {
        return Money.sum(accounts.actuals().basicEconomic().stream().filter(l -> l.kind() == kind).toList(), BasicEconomicLine::amount);
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? "0.00%" : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String rate(BigDecimal spent, BigDecimal budget) {
        return spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String w(BigDecimal amount) {
        return Money.orZero(amount).toPlainString() + "万元";
    }
}
