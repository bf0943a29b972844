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
}
