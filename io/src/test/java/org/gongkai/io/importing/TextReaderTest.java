package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;

class TextReaderTest {

    private static List<Block> blocks(String text) {
        return TextReader.read("t.txt", text).blocks();
    }

    @Test
    void removesWordFieldCodesBookmarksAndTags() {
        List<Block> blocks = blocks("1、软件升级费绩效目标表 TC \"1、软件升级费绩效目标表\" \\f C \\l 1 \n"
                + "[bookmark: _Toc123]<b>项目名称</b><p>档案维护费</p>");
        assertThat(blocks).extracting(b -> ((Block.Text) b).text()).containsExactly("1、软件升级费绩效目标表", "项目名称档案维护费");
    }

    @Test
    void readsMarkdownHeadingsAndBullets() {
        Block.Text heading = (Block.Text) blocks("- ## 九、其他需要说明的事项").get(0);
        assertThat(heading.level()).isEqualTo(2);
        assertThat(heading.text()).isEqualTo("九、其他需要说明的事项");
    }

    @Test
    void keepsEmptyCellsOfTabSeparatedRows() {
        Block.Grid grid = (Block.Grid) blocks("1\t合计\t8900.03\t\t374.46\t").get(0);
        assertThat(grid.rows().get(0)).containsExactly("1", "合计", "8900.03", "", "374.46", "");
    }

    @Test
    void groupsOneCellPerLineRenderingsIntoRows() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("\t单位名称\n\t单位性质\n\n");
        }
        text.append("\t第一行\n续行\n\t\n\n");
        List<Block> blocks = blocks(text.toString());
        Block.Grid grid = (Block.Grid) blocks.get(0);
        assertThat(grid.rows()).hasSize(13);
        assertThat(grid.rows().get(12)).containsExactly("第一行\n续行", "");
    }

    @Test
    void readsAmountsWithSeparatorsAndFullWidthDigits() {
        assertThat(Cells.amount("8,900.03")).contains(new java.math.BigDecimal("8900.03"));
        assertThat(Cells.amount("８９００．０３")).contains(new java.math.BigDecimal("8900.03"));
        assertThat(Cells.isBlank("---")).isTrue();
        assertThat(Cells.isBlank("——")).isTrue();
        assertThat(Cells.joined("秦皇岛经济技术开发区 机关事务服务中心（本 级）")).isEqualTo("秦皇岛经济技术开发区机关事务服务中心（本级）");
    }

    @Test
    void recognisesTableTitlesInTheirVariants() {
        assertThat(Titles.standardTable("7、部门预算政府基金预算财政拨款支出表")).contains(org.gongkai.core.tables.StandardTable.GOVERNMENT_FUND_EXPENDITURE);
        assertThat(Titles.standardTable("表4 部门预算财政拨款收支总表")).contains(org.gongkai.core.tables.StandardTable.FISCAL_SUMMARY);
        assertThat(Titles.standardTable("1、部门预算收支总表.....\t3")).isEmpty();
        assertThat(Titles.standardTable("收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制")).isEmpty();
        assertThat(Titles.section("我部门无其他需要说明的事项")).isEmpty();
    }

    @Test
    void aTableNumberInChineseNumeralsLeavesTheTitlesOwn一般() {
        assertThat(Titles.standardTable("表六 一般公共预算基本支出表")).contains(org.gongkai.core.tables.StandardTable.GENERAL_PUBLIC_BASIC);
        assertThat(Titles.standardTable("表十一一般公共预算基本支出表")).contains(org.gongkai.core.tables.StandardTable.GENERAL_PUBLIC_BASIC);
        assertThat(Titles.standardTable("表6 一般公共预算支出表")).contains(org.gongkai.core.tables.StandardTable.GENERAL_PUBLIC_EXPENDITURE);
    }
}
