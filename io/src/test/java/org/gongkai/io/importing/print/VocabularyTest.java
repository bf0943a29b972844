package org.gongkai.io.importing.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.tables.StandardTable;
import org.junit.jupiter.api.Test;

/** The prints word tables as regions do, from the layout data alone: each wording names what it replaces. */
class VocabularyTest {

    private static final Vocabulary WORDS = Vocabulary.builtIn();

    @Test
    void theExpenditureTableHasTheTitlesRegionsPrint() {
        assertThat(WORDS.titles(StandardTable.EXPENDITURE)).contains("部门预算支出总表", "支出总表", "支出预算总表", "部门支出预算表");
    }

    @Test
    void everyStandardTableHasARegionalTitleBesideItsOfficialOne() {
        for (StandardTable table : StandardTable.of(org.gongkai.core.budget.DisclosureKind.BUDGET)) {
            assertThat(WORDS.titles(table)).as(table.name()).contains(table.title()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aHeaderWordingIsKeptOnlyWhereItNamesTheSameColumn() {
        assertThat(WORDS.headers(StandardTable.EXPENDITURE, List.of(), "basic")).contains("基本支出", "基本经费", "基本");
        assertThat(WORDS.headers(StandardTable.EXPENDITURE, List.of(), "project")).containsExactly("项目支出");
    }

    @Test
    void theSummarysTotalsAreWordedOnTheirOwnSide() {
        assertThat(WORDS.totals(StandardTable.SUMMARY, "收入总计")).containsExactly("收入总计", "收入合计");
        assertThat(WORDS.totals(StandardTable.SUMMARY, "支出总计")).containsExactly("支出总计", "支出合计");
        assertThat(WORDS.totals(StandardTable.EXPENDITURE, "合计")).containsExactly("合计", "总计");
    }
}
