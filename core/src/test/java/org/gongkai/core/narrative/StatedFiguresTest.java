package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.NarrativeSection;
import org.junit.jupiter.api.Test;

class StatedFiguresTest {

    private static List<Mention> stated(String text) {
        return StatedFigures.extract(NarrativeSection.THREE_PUBLIC, text);
    }

    @Test
    void aFinalAccountsStatementGivesItsExecutedAmount() {
        List<Mention> mentions = stated("2022年度公务接待费支出预算为6万元，支出决算为4.25万元，完成预算的70.83%。");
        assertThat(StatedFigures.ofKind(mentions.get(0), mentions, true)).map(Mention::amount).contains(new BigDecimal("4.25"));
    }

    @Test
    void aBudgetTakesNeitherAnExecutedAmountNorABudgetFollowedByOne() {
        List<Mention> mentions = stated("2022年度公务接待费支出预算为6万元，支出决算为4.25万元。");
        assertThat(StatedFigures.ofKind(mentions.get(0), mentions, false)).isEmpty();
        assertThat(StatedFigures.ofKind(mentions.get(1), mentions, false)).isEmpty();
    }

    @Test
    void aBudgetKeepsItsBudgetBesideLastYearsExecution() {
        List<Mention> mentions = stated("2022年公务接待费支出预算为6万元，2021年决算为4.25万元。");
        assertThat(StatedFigures.ofKind(mentions.get(0), mentions, false)).map(Mention::amount).contains(new BigDecimal("6"));
    }

    @Test
    void aFinalAccountsBudgetAloneStatesNothing() {
        List<Mention> mentions = stated("2022年度公务接待费年初预算为6万元。");
        assertThat(StatedFigures.ofKind(mentions.get(0), mentions, true)).isEmpty();
    }

    @Test
    void anAmountInYuanIsMoneyWhereItsSentenceStatesAllInYuan() {
        List<Mention> mentions = stated("人员经费 652310.40 元，公用经费 48200.5 元。");
        assertThat(StatedFigures.money(mentions.get(0), mentions)).isTrue();
        assertThat(mentions.get(0).inWanYuan()).isEqualByComparingTo("65.23104");
    }

    @Test
    void anAmountInYuanAmongWanYuanFiguresIsASlip() {
        List<Mention> mentions = stated("2022年“三公”经费为14.2万元，其中：公务用车运行费12万元；公务接待 2.2 元。");
        assertThat(StatedFigures.money(mentions.get(2), mentions)).isFalse();
    }

    @Test
    void theYearAFigureIsComparedWithIsNotTheSentencesYear() {
        List<Mention> mentions = stated("2024年“三公”经费预算12.5万元，比2023年预算减少1.3万元。");
        assertThat(mentions.get(0).year()).isEqualTo(2024);
        assertThat(Sentences.onlyYear("2024年预算比 2023年预算减少")).isEqualTo(2024);
    }

    @Test
    void aFigureLabelledOnlyByItsKindTakesTheSubjectOfTheHeadingRunIntoItsSentence() {
        List<Mention> mentions = StatedFigures.extract(NarrativeSection.OVERVIEW,
                "(二)支出预算，2018年年初预算数596.09万元，其中，基本支出71.09万元，项目支出525.00万元。");
        assertThat(StatedBudgetFigures.EXPENDITURE_TOTAL.first(mentions)).contains(new BigDecimal("596.09"));
        assertThat(StatedBudgetFigures.BASIC.first(mentions)).contains(new BigDecimal("71.09"));
    }

    @Test
    void aFinalAccountsBudgetLabelledOnlyByItsKindStaysABudget() {
        List<Mention> mentions = StatedFigures.extract(NarrativeSection.OVERVIEW, "(一)收入：年初预算数100万元，决算数96.5万元。");
        assertThat(mentions.get(0).plainLabel()).isEqualTo("收入预算数");
        assertThat(StatedFigures.ofKind(mentions.get(0), mentions, true)).map(Mention::amount).contains(new BigDecimal("96.5"));
    }

    @Test
    void aFigureWhoseUnitWrapsOntoTheNextLineKeepsItsUnit() {
        List<Mention> mentions = StatedFigures.extract(NarrativeSection.OVERVIEW, "其中：基本支出 1037103.63\n元，项目支出 48100 元。");
        assertThat(mentions.get(0).unit()).isEqualTo("元");
        assertThat(mentions.get(0).inWanYuan()).isEqualByComparingTo("103.710363");
        assertThat(StatedBudgetFigures.BASIC.names(mentions.get(0))).isTrue();
    }

    @Test
    void aZeroInYuanAmongWanYuanFiguresIsStillZero() {
        List<Mention> mentions = stated("2022年“三公”经费为14.2万元，其中：因公出国（境）费0元，公务用车运行费12万元。");
        assertThat(StatedFigures.money(mentions.get(1), mentions)).isTrue();
        assertThat(mentions.get(1).inWanYuan()).isZero();
    }

    @Test
    void bothTotalsStatedAsOneAreBothTotalsButTheAppropriationsAreNot() {
        List<Mention> mentions = StatedFigures.extract(NarrativeSection.OVERVIEW,
                "2024年度收、支总计3341.83万元，比上年减少3.67万元。财政拨款收、支总计2100.5万元。");
        assertThat(StatedBudgetFigures.INCOME_TOTAL.first(mentions)).contains(new BigDecimal("3341.83"));
        assertThat(StatedBudgetFigures.EXPENDITURE_TOTAL.first(mentions)).contains(new BigDecimal("3341.83"));
        assertThat(mentions.stream().filter(m -> m.amount().compareTo(new BigDecimal("2100.5")) == 0)
                .noneMatch(m -> StatedBudgetFigures.INCOME_TOTAL.names(m) || StatedBudgetFigures.EXPENDITURE_TOTAL.names(m))).isTrue();
    }

    @Test
    void aFigureLabelledOnlyByItsKindUnderAHeadingLineTakesTheHeadingsSubject() {
        List<Mention> mentions = stated("三、公务接待费\n2016年预算安排8万元，主要用于调研接待。2015年预算数15万元。");
        assertThat(mentions.get(0).plainLabel()).isEqualTo("公务接待费预算数");
        assertThat(ThreePublicPart.RECEPTION.names(mentions.get(0))).isTrue();
        assertThat(mentions.get(1).plainLabel()).isEqualTo("2015年预算数");
    }
}
