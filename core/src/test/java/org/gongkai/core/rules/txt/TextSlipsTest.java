package org.gongkai.core.rules.txt;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.req.NoPlaceholderLeft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The slips inspectors mark in explanations (R-TXT-26, R-TXT-27, R-REQ-05), on sentences as real documents print them. */
class TextSlipsTest {

    private static int findings(Rule rule, String text) {
        Disclosure disclosure = Disclosure.generated(ValidPackages.random(5, 8).toBuilder()
                .narrative(NarrativeSection.OTHER, text).build(), ClassificationCatalog.builtIn());
        return rule.check(disclosure).size();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。。",
        "3.公务接待费预算支出 12.50 万元，比上年预算减少 1 万元，主要原因是……",
        "比2024年预算增加2万元，原因为：。"})
    void aReasonAnnouncedAndNotGivenIsFound(String text) {
        assertThat(findings(new ReasonGiven(), text)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "3．公务接待费预算支出27万元，比上年预算减少1万元，主要原因是加强公务接待管理,对公务接待费进行了压减。",
        "主要原因是：\n一是员额检察官工资改革增加了计算基数；二是调整了住房补贴比例。",
        "比2022年预算执行数持平。主要原因是：公共法律服务经费保持不变。"})
    void aReasonGivenIsNoFinding(String text) {
        assertThat(findings(new ReasonGiven(), text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。",
        "2020年政府采购安排561万元，分别为开发区专版宣传费40万元，开发区年鉴（2020）》印刷经费10万元。",
        "江苏省委办公厅2018年度一般公共预算拨款安排的“三公经费预算支出中，因公出国（境）费支出70万元。"})
    void unpairedMarksAreFound(String text) {
        assertThat(findings(new BalancedBrackets(), text)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本部门内设机构包括：办公室（挂“举报中心”牌子）、\n研究室（法律政策研究室）。",
        "江苏省委办公厅2018年度一般公共预算拨款安排的“三\n公”经费预算支出中，因公出国（境）费支出70万元。"})
    void marksThatPairOverTheSectionAreNoFinding(String text) {
        assertThat(findings(new BalancedBrackets(), text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "（按“部门预算公开 06 表 财政拨款基本支出预算表”中实际发生经济分类支出事项填写）",
        "本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：",
        "五、其他相关情况说明（增加内容）",
        "注：“科目编码”和“科目名称”为必填项。",
        "（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元。"})
    void templateInstructionsLeftInAreFound(String text) {
        assertThat(findings(new NoPlaceholderLeft(), text)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "本部门所属单位包括（详见附件）：区社会福利院。",
        "2023年本部门政府采购预算830.00万元（含面向中小企业预留332.00万元）。"})
    void ordinaryBracketsAreNoPlaceholder(String text) {
        assertThat(findings(new NoPlaceholderLeft(), text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 普陀区商务委 2025, 项目经费情况说明: the stop is missing before the next heading.
        "四、实施方案\n根据《普陀区加快发展生命健康产业实施意见》，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核跟踪、评估，按程序落实专项资金拨付\n五、实施周期\n2025.1.1-2025.12.31",
        // 西安市气象局 2022: the paragraph before （五） ends without its stop.
        "（四）政府性基金预算支出情况\n本部门无当年政府性基金预算收支，并已公开空表。本部门无 2021 年结转的政府性基金预算拨款支出\n（五）国有资本经营预算拨款收支情况",
        // Cut off at a page's bottom edge: the part ends mid-sentence.
        "3.住房保障（类）支出 1,499.26 万元，主要用于发放单位"})
    void aParagraphWithoutItsStopBeforeANewItemIsFound(String text) {
        assertThat(findings(new ParagraphEndsWithStop(), text)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A paragraph the reading broke at a page's end continues on the next line.
        "3.住房保障（类）支出 1,499.26 万元，主要用于发放单位\n职工住房公积金、提租补贴和购房补贴。",
        "四、实施方案\n根据《普陀区服务企业发展工作实施意见》和《普陀区支持科技创新实施意见》，制定实施流程和细则，明确申报指南，发布项目申报通知，组织项目审核、跟踪、评估，按程序落实专项资金拨付。\n五、实施周期\n2025.1.1-2025.12.31",
        "主要职能包括：\n1、贯彻执行国家和本市有关工商业、内外贸、粮食流通等方面的方针、政策和法律、法规及规章，并结合本区实际,制订具体实施意见。",
        "上海市普陀区商务委员会部门预算是包括商务委本部以及下属1家预算单位的综合收支计划。\n本部门中，行政单位1家，事业单位1家，具体包括：\n1. 商务委本部",
        // 秦皇岛经开区 2020, 部门职责: the items of a numbered list go without their stops, as lists do.
        "3.加强综合协调，提升机关效能，完成ISO9001质量管理体系监督审核工作\n4.认真贯彻党和国家外事工作方针政策，做好外事服务工作。"})
    void aParagraphEndedOrContinuedIsNoFinding(String text) {
        assertThat(findings(new ParagraphEndsWithStop(), text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 江苏省委办公厅 2018's 「“三公”经费」 with its quotes turned round: the counts are even.
        "江苏省委办公厅2018年度一般公共预算拨款安排的三公”经费“预算支出中，因公出国（境）费支出70万元。",
        "2025年“三公”经费预算数为3.52万元”，比2024年预算减少0.20万元。“三公经费减少的主要原因是厉行节约。"})
    void aClosingQuoteBeforeItsOpeningIsFound(String text) {
        assertThat(findings(new QuotesOpenBeforeClosing(), text)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "江苏省委办公厅2018年度一般公共预算拨款安排的“三\n公”经费预算支出中，因公出国（境）费支出70万元。",
        "11. “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。"})
    void quotesInOrderAreNoFinding(String text) {
        assertThat(findings(new QuotesOpenBeforeClosing(), text)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"及时率\\leq3天。", "部门整体满意度$\\geq 90\\%$。"})
    void formulaMarkupAgainstAFigureIsFound(String text) {
        assertThat(findings(new NoMarkup(), text)).isEqualTo(1);
    }
}
