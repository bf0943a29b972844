package org.gongkai.io.headline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.DisclosureKind;
import org.junit.jupiter.api.Test;

class HeadlineReadingTest {

    private static Evidence table(Subject subject, String value) {
        return new Evidence(subject, new BigDecimal(value), Evidence.Source.TABLE, "第 3 页", "表「支出总表」行「合计」");
    }

    private static Evidence sentence(Subject subject, String value) {
        return new Evidence(subject, new BigDecimal(value), Evidence.Source.STATEMENT, "情况说明", "「…」");
    }

    @Test
    void aNegativeReadingIsNoReading() {
        HeadlineReading reading = HeadlineReading.of(List.of(table(Subject.PUBLIC_FUNDS, "-6800.65")), DisclosureKind.BUDGET);
        assertThat(reading.value(Subject.PUBLIC_FUNDS)).isEmpty();
    }

    @Test
    void readingsThatAgreeAreBelieved() {
        HeadlineReading reading = HeadlineReading.of(List.of(table(Subject.PROJECT, "343.00"), sentence(Subject.PROJECT, "343")),
                DisclosureKind.BUDGET);
        assertThat(reading.value(Subject.PROJECT)).contains(new BigDecimal("343.00"));
        assertThat(reading.figure(Subject.PROJECT).confidence()).isEqualTo(Figure.Confidence.HIGH);
    }

    @Test
    void readingsThatDisagreeWithNothingToDecideAreLeftOpen() {
        Evidence unnamedFirstRow = new Evidence(Subject.PROJECT, new BigDecimal("47470.92"), Evidence.Source.TABLE, "第 4 页",
                "表「支出总表」行「首行」", false);
        HeadlineReading reading = HeadlineReading.of(List.of(unnamedFirstRow, sentence(Subject.PROJECT, "164659.19")), DisclosureKind.BUDGET);
        assertThat(reading.value(Subject.PROJECT)).isEmpty();
        assertThat(reading.figure(Subject.PROJECT).confidence()).isEqualTo(Figure.Confidence.DOUBTFUL);
    }

    @Test
    void aStatedIncomeBelowTheStatedExpenditureOfAFinalAccountStands() {
        // 「本单位收入为1420.30万元」 beside 「本单位支出为1533.18万元」: a 决算's headline 收入 is the year's own (本年收入合计),
        // and the balance carried from the year before pays what the year's 支出 spends beyond it.
        HeadlineReading reading = HeadlineReading.of(List.of(sentence(Subject.INCOME_TOTAL, "1420.30"),
                sentence(Subject.EXPENDITURE_TOTAL, "1533.18")), DisclosureKind.FINAL_ACCOUNTS);
        assertThat(reading.value(Subject.INCOME_TOTAL)).contains(new BigDecimal("1420.30"));
        assertThat(reading.value(Subject.EXPENDITURE_TOTAL)).contains(new BigDecimal("1533.18"));
    }

    @Test
    void aStatedIncomeAboveTheStatedExpenditureOfAFinalAccountStands() {
        HeadlineReading reading = HeadlineReading.of(List.of(sentence(Subject.INCOME_TOTAL, "1533.18"),
                sentence(Subject.EXPENDITURE_TOTAL, "1420.30")), DisclosureKind.FINAL_ACCOUNTS);
        assertThat(reading.value(Subject.INCOME_TOTAL)).contains(new BigDecimal("1533.18"));
    }

    @Test
    void aBudgetsStatedIncomeAndExpenditureThatDifferAreNeitherBelieved() {
        HeadlineReading reading = HeadlineReading.of(List.of(sentence(Subject.INCOME_TOTAL, "1533.18"),
                sentence(Subject.EXPENDITURE_TOTAL, "1420.30")), DisclosureKind.BUDGET);
        assertThat(reading.value(Subject.INCOME_TOTAL)).isEmpty();
        assertThat(reading.value(Subject.EXPENDITURE_TOTAL)).isEmpty();
        assertThat(reading.figure(Subject.INCOME_TOTAL).doubt()).contains("H-01");
    }
}
