package org.gongkai.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Retiring many codes needs the count typed: over 100 codes, or over 10% of those in force; a few need nothing more. */
class RetirementTest {

    @Test
    void aTwentyRowFileAgainstSixteenHundredCodesNeedsTheExactCountTyped() {
        Retirement twentyRows = new Retirement(1621, 1641);
        assertThat(twentyRows.needsTypedCount()).isTrue();
        assertThat(twentyRows.sharePercent()).isEqualTo(98);
        assertThat(twentyRows.confirmedBy(null)).isFalse();
        assertThat(twentyRows.confirmedBy("20")).isFalse();
        assertThat(twentyRows.confirmedBy(" 1,621 ")).isTrue();
        assertThat(twentyRows.refusal("20")).contains("停用 1621 个科目").contains("“20”");
    }

    @Test
    void aYearsOrdinaryChangesApplyWithoutTheCount() {
        assertThat(new Retirement(12, 1641).needsTypedCount()).isFalse();
        assertThat(new Retirement(12, 1641).confirmedBy(null)).isTrue();
        assertThat(new Retirement(100, 1641).needsTypedCount()).as("100 is not more than 100 and is 6%").isFalse();
    }

    @Test
    void moreThanAHundredOrMoreThanATenthNeedsTheCount() {
        assertThat(new Retirement(101, 5000).needsTypedCount()).isTrue();
        assertThat(new Retirement(11, 100).needsTypedCount()).isTrue();
        assertThat(new Retirement(10, 100).needsTypedCount()).isFalse();
    }
}
