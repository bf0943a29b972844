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

    private static List<Block.Grid> grids(String text) {
        return blocks(text).stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    }

    private static List<String> texts(String text) {
        return blocks(text).stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text()).toList();
    }

    @Test
    void readsPipeSeparatedRowsAsAGridWithTheTitleAndUnitAsText() {
        String text = "2019年某县农业农村局“三公”经费预算表 | ||\n"
                + "? | 单位:万元 | |\n"
                + "项 目 | 本年预算数 | 其中:财政拨款 |\n"
                + "合 计 | 12.40 | 12.40 |\n"
                + "1.因公出国(境)费 | | |\n"
                + "2.公务接待费 | 3.10 | 3.10 |\n";
        assertThat(texts(text)).containsExactly("2019年某县农业农村局“三公”经费预算表", "? 单位:万元");
        List<Block.Grid> grids = grids(text);
        assertThat(grids).hasSize(1);
        assertThat(grids.get(0).rows()).containsExactly(List.of("项 目", "本年预算数", "其中:财政拨款"),
                List.of("合 计", "12.40", "12.40"), List.of("1.因公出国(境)费", "", ""), List.of("2.公务接待费", "3.10", "3.10"));
    }

    @Test
    void aLongNoteInsidePipeRowsStaysText() {
        String text = "项目 | 预算数 |\n合计 | 5 |\n公务接待费 | 5 |\n"
                + "注:“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费,按照有关规定安排。 |\n";
        assertThat(grids(text).get(0).rows()).hasSize(3);
        assertThat(texts(text)).singleElement().asString().startsWith("注:");
    }

    @Test
    void aSinglePipeLineOrAHeaderWithoutRowsIsNoGrid() {
        assertThat(grids("索引号:|发布机构:|生效日期:\n部门:某镇中心小学 |\n")).isEmpty();
        assertThat(grids("项目 | 预算数 |\n说明 | 见下文 |\n")).isEmpty();
    }

    @Test
    void aPipeTableWhoseHeaderLostItsSpansIsNoGrid() {
        // Six amounts under four headed columns: which part each amount is would be a guess.
        String text = "合 计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | ||\n"
                + "小 计 | 公务用车运行维护费 | 公务用车购置费 | |||\n"
                + "2.5 | 0 | 1 | 1 | 0 | 1.5 | ||\n"
                + "2.5 | 0 | 1 | 1 | 0 | 1.5 | ||\n";
        assertThat(grids(text)).isEmpty();
    }

    @Test
    void readsOneCellALineClosedByAPipeAsRowsAsWideAsTheHeader() {
        String text = "2022年度“三公”经费支出决算表\n"
                + "项目 |\n预算数 |\n决算数 |\n"
                + "公务接待费 |\n4.5 |\n3.82 |\n"
                + "公务用车购置费 |\n30 |\n- |\n"
                + "说明:无\n";
        Block.Grid grid = grids(text).get(0);
        assertThat(grid.rows()).containsExactly(List.of("项目", "预算数", "决算数"), List.of("公务接待费", "4.5", "3.82"),
                List.of("公务用车购置费", "30", "-"));
    }

    @Test
    void readsOneCellALineWithRowsBetweenBarePipes() {
        String text = "|\n项 目 |\n预 算 数 |\n决 算 数 |\n|\n合 计 |\n120 |\n98.6 |\n|\n公务接待费 |\n20 |\n18.6 |\n";
        assertThat(grids(text).get(0).rows()).containsExactly(List.of("项 目", "预 算 数", "决 算 数"),
                List.of("合 计", "120", "98.6"), List.of("公务接待费", "20", "18.6"));
    }

    @Test
    void readsRowsAlignedBySpacesUnderTheirHeaderLines() {
        String text = "2018年市文化局“三公”经费预算表\n"
                + "金额单位:万元\n"
                + "项目 2018年预算数\n"
                + "小计 其中:一般公共预算安排数\n"
                + "一、“三公”经费合计 9.75 9.75\n"
                + "(一)公务接待费 3.2 3.2\n"
                + "    1.公务用车购置费\n"
                + "    2.公务用车运行维护费 6.55 6.55\n"
                + "注:按照有关规定编列。\n";
        Block.Grid grid = grids(text).get(0);
        assertThat(grid.rows()).containsExactly(List.of("项目", "2018年预算数", ""), List.of("", "小计", "其中:一般公共预算安排数"),
                List.of("一、“三公”经费合计", "9.75", "9.75"), List.of("(一)公务接待费", "3.2", "3.2"),
                List.of("1.公务用车购置费", "", ""), List.of("2.公务用车运行维护费", "6.55", "6.55"));
        assertThat(texts(text)).containsExactly("2018年市文化局“三公”经费预算表", "金额单位:万元", "注:按照有关规定编列。");
    }

    @Test
    void proseWithNumbersIsNoSpaceAlignedRow() {
        // Numbers followed by words, sentence punctuation, a single such line: sentences, not rows.
        assertThat(grids("公务接待费比上年增加 2.3 万元\n公务用车运行维护费比上年减少 1.5 万元\n")).isEmpty();
        assertThat(grids("其中，公务接待费 2.3\n另外，会议费 1.5\n")).isEmpty();
        assertThat(grids("“三公”经费合计 9.75\n")).isEmpty();
    }

    @Test
    void aContentsPagesPageNumbersMakeNoTable() {
        assertThat(grids("目录\n一、部门主要职责 1\n二、部门机构设置 2\n三、部门预算表 3\n")).isEmpty();
    }
}
