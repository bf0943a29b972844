package org.gongkai.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.budget.NarrativeSection.ASSETS;
import static org.gongkai.core.budget.NarrativeSection.OPERATING_COST;
import static org.gongkai.core.budget.NarrativeSection.OTHER;
import static org.gongkai.core.budget.NarrativeSection.OVERVIEW;
import static org.gongkai.core.budget.NarrativeSection.PROCUREMENT;
import static org.gongkai.core.rules.Tamper.cell;
import static org.gongkai.core.rules.Tamper.codeLength;
import static org.gongkai.core.rules.Tamper.labeled;
import static org.gongkai.core.rules.Tamper.seq;
import static org.gongkai.core.rules.Tamper.total;
import static org.gongkai.core.tables.StandardTable.EXPENDITURE;
import static org.gongkai.core.tables.StandardTable.FISCAL_SUMMARY;
import static org.gongkai.core.tables.StandardTable.GENERAL_PUBLIC_BASIC;
import static org.gongkai.core.tables.StandardTable.GENERAL_PUBLIC_EXPENDITURE;
import static org.gongkai.core.tables.StandardTable.GOVERNMENT_FUND_EXPENDITURE;
import static org.gongkai.core.tables.StandardTable.STATE_CAPITAL_EXPENDITURE;
import static org.gongkai.core.tables.StandardTable.INCOME;
import static org.gongkai.core.tables.StandardTable.SUMMARY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.narrative.Placeholders;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against a minimal failing case (a correct package with one thing wrong) and a minimal passing
 * case (the correct package, generated and as published).
 */
class RuleCasesTest {

    /** A correct, drafted package with spending in several classes, projects, procurement and "三公". */
    static final DepartmentBudget MODEL = ValidPackages.random(20231124L, 60);

    private static Map<String, Rule> rules;

    @BeforeAll
    static void index() {
        rules = RuleRegistry.all().stream().filter(r -> r.kinds().contains(org.gongkai.core.budget.DisclosureKind.BUDGET))
                .collect(Collectors.toMap(Rule::id, r -> r));
    }

    static Stream<Arguments> failingCases() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "R-SUM-01", cell(MODEL, EXPENDITURE, codeLength(3), "合计"));
        add(cases, "R-SUM-02", cell(MODEL, EXPENDITURE, codeLength(5), "合计"));
        add(cases, "R-SUM-03", cell(MODEL, EXPENDITURE, total(), "合计"));
        add(cases, "R-SUM-04", cell(MODEL, EXPENDITURE, codeLength(7), "基本支出"));
        add(cases, "R-SUM-05", cell(MODEL, GENERAL_PUBLIC_EXPENDITURE, codeLength(7), "项目支出"));
        add(cases, "R-SUM-06", cell(MODEL, INCOME, codeLength(7), "上年结转"));
        add(cases, "R-SUM-07", cell(MODEL, INCOME, codeLength(7), "其他收入"));
        add(cases, "R-SUM-08", cell(MODEL, GENERAL_PUBLIC_BASIC, codeLength(5), "公用经费"));
        add(cases, "R-SUM-09", cell(MODEL, StandardTable.THREE_PUBLIC, labeled(0, "公务接待费"), "合计"));
        add(cases, "R-SUM-10", cell(MODEL, StandardTable.THREE_PUBLIC, labeled(0, "公务接待费"), "一般公共预算财政拨款"));
        add(cases, "R-BAL-01", cell(MODEL, SUMMARY, seq(1), "收入预算数"));
        add(cases, "R-BAL-02", cell(MODEL, SUMMARY, seq(1), "支出预算数"));
        add(cases, "R-BAL-03", cell(MODEL, SUMMARY, labeled(0, "收入总计"), "收入预算数"));
        add(cases, "R-BAL-04", cell(MODEL, SUMMARY, labeled(2, "支出总计"), "支出预算数"));
        add(cases, "R-BAL-05", cell(MODEL, FISCAL_SUMMARY, seq(1), "收入金额"));
        add(cases, "R-BAL-06", cell(MODEL, FISCAL_SUMMARY, labeled(2, "本年支出合计"), "一般公共预算财政拨款"));
        add(cases, "R-BAL-07", cell(MODEL, FISCAL_SUMMARY, seq(1), "一般公共预算财政拨款"));
        add(cases, "R-XT-01", cell(MODEL, SUMMARY, labeled(2, "本年支出合计"), "支出预算数"));
        add(cases, "R-XT-02", cell(MODEL, INCOME, total(), "合计"));
        add(cases, "R-XT-03", cell(MODEL, SUMMARY, seq(5), "收入预算数"));
        add(cases, "R-XT-04", cell(MODEL, GENERAL_PUBLIC_EXPENDITURE, total(), "合计"));
        add(cases, "R-XT-05", cell(MODEL, GENERAL_PUBLIC_BASIC, total(), "合计"));
        add(cases, "R-XT-06", cell(MODEL, FISCAL_SUMMARY, seq(1), "收入金额"));
        add(cases, "R-XT-07", generated(MODEL.toBuilder().basic(new BasicEconomicLine(EconomicCode.of("30217"),
                BasicCostKind.PUBLIC, new BigDecimal("999999.00"))).build()));
        add(cases, "R-XT-08", generated(firstProject(p -> project(p, p.amount().add(BigDecimal.ONE), p.purpose(), p.indicators()))));
        add(cases, "R-XT-09", generated(MODEL.toBuilder().procurement(List.of(new ProcurementItem("某项目", BigDecimal.ONE,
                "其他服务", null, null, null, null, new BigDecimal("2.00"), null, null))).build()));
        add(cases, "R-TXT-01", text(OVERVIEW, "2023年部门预算收入1.23万元。"));
        add(cases, "R-TXT-02", text(OVERVIEW, "2023年一般公共预算拨款收入1.23万元。"));
        add(cases, "R-TXT-03", text(OVERVIEW, "2023年部门支出预算为1.23万元。"));
        add(cases, "R-TXT-04", text(OVERVIEW, "其中基本支出1.23万元。"));
        add(cases, "R-TXT-05", text(OVERVIEW, "包括人员经费1.23万元。"));
        add(cases, "R-TXT-06", text(OVERVIEW, "公用经费1.23万元。"));
        add(cases, "R-TXT-07", text(OVERVIEW, "项目支出1.23万元。"));
        add(cases, "R-TXT-08", text(OPERATING_COST, "2023年机关运行经费安排1.23万元。"));
        add(cases, "R-TXT-09", text(NarrativeSection.THREE_PUBLIC, "2023年“三公”经费预算为1.23万元。"));
        add(cases, "R-TXT-10", text(NarrativeSection.THREE_PUBLIC, "其中：因公出国（境）费1.23万元。"));
        add(cases, "R-TXT-11", text(NarrativeSection.THREE_PUBLIC, "公务用车购置及运行维护费1.23万元。"));
        add(cases, "R-TXT-12", text(NarrativeSection.THREE_PUBLIC, "公务用车购置费1.23万元。"));
        add(cases, "R-TXT-13", text(NarrativeSection.THREE_PUBLIC, "公务用车运行维护费1.23万元。"));
        add(cases, "R-TXT-14", text(NarrativeSection.THREE_PUBLIC, "公务接待费1.23万元。"));
        add(cases, "R-TXT-15", text(PROCUREMENT, "2023年安排政府采购预算1.23万元。"));
        add(cases, "R-TXT-16", text(ASSETS, "上年末固定资产金额为1.23万元。"));
        add(cases, "R-TXT-17", text(ASSETS, "本年度拟购置固定资产总额为1.23万元。"));
        add(cases, "R-TXT-18", text(NarrativeSection.THREE_PUBLIC, change(true, BigDecimal.ONE)));
        add(cases, "R-TXT-19", text(NarrativeSection.THREE_PUBLIC, change(false, BigDecimal.ZERO)));
        add(cases, "R-TXT-20", text(NarrativeSection.THREE_PUBLIC,
                "2023年“三公”经费为10.00万元，其中：公务出国1.00万元；公务用车购置及运行费2.00万元；公务接待3.00万元。"));
        add(cases, "R-TXT-21", text(OVERVIEW, "2023年部门支出预算为10.00万元，其中基本支出3.00万元，包括人员经费1.00万元和公用经费2.00万元；项目支出4.00万元。"));
        add(cases, "R-TXT-22", text(OVERVIEW, "2023年度收入、支出预算总计24,169.74 万元，与上年相比收、支预算总计各增加 2214.39万元，增长 10.06 %。"));
        add(cases, "R-CAT-06", text(OVERVIEW, "2023年文化体育与传媒支出1.00万元，主要用于宣传文化。"));
        add(cases, "R-TXT-23", text(OVERVIEW, "16. “社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”220.63万元，"
                + "主要用于职业年金。2022年当年预算执行数为274.90万元，2023年预算安排441.25万元，比2022年预算执行数增加60.54%。"));
        add(cases, "R-TXT-24", text(OVERVIEW, "2023年预算安排612.40万元，比2023年预算执行数增加15.08%。"));
        add(cases, "R-TXT-25", text(OTHER, "本部门无其他需要说明的事项。。"));
        add(cases, "R-TXT-26", text(NarrativeSection.THREE_PUBLIC, "（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。"));
        add(cases, "R-CAT-07", text(OTHER, "2．一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政事务管理（项）支出 60.97 万元。"));
        add(cases, "R-TXT-29", text(OTHER, "部门整体满意度\\geq 90%。"));
        add(cases, "R-REQ-09", generated(firstProject(p -> new org.gongkai.core.budget.Project(p.code(), p.name(), p.unitCode(), p.unitName(),
                null, p.fiscalFunds(), p.otherFunds(), p.purpose(), p.paymentPlan(), p.goals(), p.indicators()))));
        add(cases, "R-TXT-30", Disclosure.published(MODEL.toBuilder().narrative(OTHER, "本部门无其他需要说明的事项。").build(),
                org.gongkai.core.tables.StandardTables.generateAll(MODEL, Tamper.CATALOG), Tamper.CATALOG).atLevel(Disclosure.Level.UNIT));
        add(cases, "R-TXT-28", text(OTHER, "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。"));
        add(cases, "R-TXT-27", text(OTHER, "“卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元。"));
        add(cases, "R-UNIT-01", text(NarrativeSection.THREE_PUBLIC, "2023年“三公”经费预算为3.00万元，其中：公务接待 2.31 元。"));
        add(cases, "R-UNIT-02", text(OVERVIEW, "2023年部门支出预算为3.00万元元。"));
        add(cases, "R-UNIT-03", Tamper.table(MODEL, SUMMARY, t -> new StatementTable(t.kind(), t.departmentLine(), t.year(),
                "元", t.header(), t.columns(), t.rows(), t.note())));
        add(cases, "R-UNIT-04", text(NarrativeSection.THREE_PUBLIC, "2023年“三公”经费减少0.48的主要原因是压减公务接待。"));
        add(cases, "R-CAT-01", Tamper.text(MODEL, EXPENDITURE, codeLength(7), 0, "20101301"));
        add(cases, "R-CAT-02", generated(MODEL.toBuilder().expenditure("2990101", ExpenditureKind.BASIC,
                FundingSource.GENERAL_PUBLIC_BUDGET, "1.00").build()));
        add(cases, "R-CAT-08", generated(MODEL.toBuilder().expenditure("2010398", ExpenditureKind.BASIC,
                FundingSource.GENERAL_PUBLIC_BUDGET, "1.00").build()));
        add(cases, "R-CAT-03", Tamper.text(MODEL, EXPENDITURE, codeLength(7), 1, "不是这个名称"));
        add(cases, "R-CAT-04", Tamper.table(MODEL, EXPENDITURE, t -> Tamper.without(t, codeLength(5))));
        add(cases, "R-CAT-05", text(NarrativeSection.GLOSSARY, "功能编码\t功能名称\t名词解释\n20101301\t行政运行\t反映行政单位的基本支出"));
        add(cases, "R-PERF-01", generated(firstProject(p -> withIndicators(p, i -> !i.level1().equals("产出指标")))));
        add(cases, "R-PERF-02", generated(firstProject(p -> withIndicators(p, i -> !i.level1().equals("效益指标")))));
        add(cases, "R-PERF-03", generated(firstProject(p -> withIndicators(p, i -> !i.level1().equals("满意度指标")))));
        add(cases, "R-PERF-04", indicatorValue("服务对象满意度", "≤100%"));
        add(cases, "R-PERF-05", indicatorValue("预算支出金额", "≥1万元"));
        add(cases, "R-PERF-06", generated(firstProject(p -> withValue(p, "预算支出金额", "≤" + p.amount().add(BigDecimal.TEN) + "万元"))));
        add(cases, "R-PERF-07", indicatorValue("验收合格率", "≥90"));
        add(cases, "R-PERF-08", indicatorValue("完成事项数量", "≥0"));
        add(cases, "R-PERF-09", generated(firstProject(p -> new Project(p.code(), p.name(), p.unitCode(), p.unitName(),
                p.amount(), p.fiscalFunds(), p.otherFunds(), p.purpose(), List.of(new PaymentMilestone("6月底", BigDecimal.TEN)),
                p.goals(), p.indicators()))));
        add(cases, "R-PERF-10", generated(firstProject(p -> new Project(p.code(), p.name(), p.unitCode(), p.unitName(),
                p.amount(), p.fiscalFunds().add(BigDecimal.ONE), p.otherFunds(), null, p.paymentPlan(), p.goals(), p.indicators()))));
        add(cases, "R-PERF-11", generated(firstProject(p -> project(p, p.amount(), "预算数 0.01 万元。", p.indicators()))));
        add(cases, "R-PERF-12", generated(firstProject(p -> project(p, p.amount(), p.purpose(),
                Stream.concat(p.indicators().stream(), Stream.of(p.indicators().get(0))).toList()))));
        add(cases, "R-PERF-13", generated(firstProject(p -> new Project(p.code(), p.name(), p.unitCode(), p.unitName(),
                p.amount(), p.fiscalFunds(), p.otherFunds(), p.purpose(), p.paymentPlan(),
                List.of("确保机关各项工作正常运转", "确保机关各项工作正常运转"), p.indicators()))));
        add(cases, "R-PERF-14", generated(firstProject(p -> withIndicators(p, List.of(new Indicator("质量指标", "质量指标",
                "合格率", null, "≥90%", null))))));
        add(cases, "R-PERF-15", indicatorValue("完成时限", "≥24 小时"));
        add(cases, "R-PERF-16", indicatorValue("完成时限", "≥95%天"));
        add(cases, "R-PERF-17", generated(firstProject(p -> withIndicators(p, Stream.concat(p.indicators().stream(), Stream.of(new Indicator("产出指标",
                "质量指标", "差错率", null, "≥1%", null))).toList()))));
        add(cases, "R-TXT-31", text(OTHER, "根据《普陀区加快发展生命健康产业实施意见》，制定实施流程和细则，明确申报指南，按程序落实专项资金拨付\n五、实施周期"));
        add(cases, "R-TXT-32", text(PROCUREMENT, "2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.60万元。"));
        add(cases, "R-TXT-33", text(NarrativeSection.THREE_PUBLIC, "2025年“三公”经费预算数为3.52万元”，比2024年预算减少0.20万元，主要原因是压减“三公经费。"));
        add(cases, "R-CAT-09", Tamper.table(MODEL, EXPENDITURE, Tamper::allProjectsUnderAdministration));
        add(cases, "R-REQ-01", Tamper.table(MODEL, GOVERNMENT_FUND_EXPENDITURE, t -> null));
        add(cases, "R-REQ-02", Tamper.table(MODEL, GOVERNMENT_FUND_EXPENDITURE, t -> new StatementTable(t.kind(),
                t.departmentLine(), t.year(), t.unit(), t.header(), t.columns(), List.of(), null)));
        add(cases, "R-REQ-07", Tamper.table(MODEL, STATE_CAPITAL_EXPENDITURE, t -> new StatementTable(t.kind(),
                t.departmentLine(), t.year(), t.unit(), t.header(), t.columns(), List.of(),
                "注：本部门无政府性基金预算财政拨款安排的支出，故本表为空表。")));
        add(cases, "R-REQ-03", text(NarrativeSection.OPERATING_COST, null));
        add(cases, "R-REQ-08", Disclosure.published(MODEL, List.of(), Tamper.CATALOG,
                java.util.EnumSet.allOf(org.gongkai.core.tables.StandardTable.class), Disclosure.Contents.EXPLANATION_ONLY));
        add(cases, "R-REQ-04", text(NarrativeSection.THREE_PUBLIC, "2023年“三公”经费有所变化。"));
        add(cases, "R-REQ-05", text(OTHER, "本部门" + Placeholders.of("其他事项") + "。"));
        add(cases, "R-REQ-06", generated(firstProject(p -> withIndicators(p, List.of()))));
        return cases.stream();
    }

    @Test
    void everyRuleHasAFailingCase() {
        List<Object> covered = failingCases().map(a -> a.get()[0]).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(rules.keySet());
        assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0} finds the mistake")
    @MethodSource("failingCases")
    void ruleFindsTheMistake(String id, Disclosure disclosure) {
        List<Finding> findings = rules.get(id).check(disclosure);
        assertThat(findings).as(id).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(id);
            assertThat(f.severity()).isEqualTo(rules.get(id).severity());
            assertThat(f.message()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(f.location()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} is silent on a correct package")
    @MethodSource("failingCases")
    void ruleIsSilentOnACorrectPackage(String id, Disclosure ignored) {
        assertThat(rules.get(id).check(Disclosure.generated(MODEL, Tamper.CATALOG))).as(id + " generated").isEmpty();
        assertThat(rules.get(id).check(Tamper.published(MODEL))).as(id + " published").isEmpty();
    }

    @Test
    void theCorrectPackageExercisesWhatTheRulesCheck() {
        assertThat(MODEL.projects()).isNotEmpty();
        assertThat(MODEL.procurement()).isNotEmpty();
        assertThat(MODEL.figures().threePublic().total()).isNotEqualByComparingTo(MODEL.threePublicLastYear().total());
        assertThat(MODEL.basicEconomic()).isNotEmpty();
    }

    private static void add(List<Arguments> cases, String id, Disclosure disclosure) {
        cases.add(Arguments.of(id, disclosure));
    }

    private static Disclosure generated(DepartmentBudget model) {
        return Disclosure.generated(model, Tamper.CATALOG);
    }

    private static Disclosure text(NarrativeSection section, String text) {
        return generated(MODEL.toBuilder().narrative(section, text).build());
    }

    /** A "三公" change sentence: the true direction with a wrong amount, or the wrong direction with the true amount. */
    private static String change(boolean rightDirection, BigDecimal extra) {
        BigDecimal diff = MODEL.figures().threePublic().total().subtract(MODEL.threePublicLastYear().total());
        boolean up = diff.signum() > 0 == rightDirection;
        return "2023年“三公”经费比2022年" + (up ? "增加" : "减少") + diff.abs().add(extra).toPlainString() + "万元，主要原因是调整。";
    }

    private static DepartmentBudget firstProject(UnaryOperator<Project> change) {
        List<Project> projects = new ArrayList<>(MODEL.projects());
        projects.set(0, change.apply(projects.get(0)));
        return MODEL.toBuilder().projects(projects).build();
    }

    private static Disclosure indicatorValue(String name, String value) {
        return generated(firstProject(p -> withValue(p, name, value)));
    }

    private static Project withValue(Project p, String name, String value) {
        return withIndicators(p, p.indicators().stream().map(i -> i.level3().equals(name)
                ? new Indicator(i.level1(), i.level2(), i.level3(), i.description(), value, i.basis()) : i).toList());
    }

    private static Project withIndicators(Project p, java.util.function.Predicate<Indicator> keep) {
        return withIndicators(p, p.indicators().stream().filter(keep).toList());
    }

    private static Project withIndicators(Project p, List<Indicator> indicators) {
        return project(p, p.amount(), p.purpose(), indicators);
    }

    private static Project project(Project p, BigDecimal amount, String purpose, List<Indicator> indicators) {
        return new Project(p.code(), p.name(), p.unitCode(), p.unitName(), amount, amount, p.otherFunds(), purpose,
                p.paymentPlan(), p.goals(), indicators);
    }

}
