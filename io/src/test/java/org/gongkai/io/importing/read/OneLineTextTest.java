package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;
import org.junit.jupiter.api.Test;

class OneLineTextTest {

    private static final String CRAWLED = "某某局2022年部门预算公开一、部门职责、机构设置等基本情况负责全县统计工作，组织实施全县人口、经济、农业等重大国情国力普查，"
            + "监督检查统计法律法规的实施，依法查处统计违法行为。本部门内设3个股室。"
            + "二、部门预算总体情况及预算收支增减变化情况说明2022年某某局预算收入为512.30万元，其中人员经费为301.20万元，"
            + "正常公用为41.10万元，专项项目支出为170.00万元。三、“三公”经费预算情况说明2022年“三公”经费预算为3.50万元。"
            + "四、预算绩效情况已编制部门整体绩效目标。";

    @Test
    void aTextThatLostItsLinesGetsThemBackWhereItsNumberingBeginsAPart() {
        assertThat(OneLineText.lostItsLines(CRAWLED)).isTrue();
        assertThat(OneLineText.restoreLines(CRAWLED).split("\n")).containsExactly(
                "某某局2022年部门预算公开",
                "一、部门职责、机构设置等基本情况", "负责全县统计工作，组织实施全县人口、经济、农业等重大国情国力普查，监督检查统计法律法规的实施，依法查处统计违法行为。本部门内设3个股室。",
                "二、部门预算总体情况及预算收支增减变化情况说明", "2022年某某局预算收入为512.30万元，其中人员经费为301.20万元，正常公用为41.10万元，专项项目支出为170.00万元。",
                "三、“三公”经费预算情况说明", "2022年“三公”经费预算为3.50万元。",
                "四、预算绩效情况", "已编制部门整体绩效目标。");
    }

    @Test
    void aTextWithItsLinesIsLeftAsItIs() {
        assertThat(OneLineText.lostItsLines("一、部门职责\n负责全县统计工作。\n二、机构设置\n内设3个股室。")).isFalse();
        assertThat(OneLineText.lostItsLines(CRAWLED.replace("。", "。\n"))).isFalse();
    }

    @Test
    void aListInsideASentenceIsNoPart() {
        String sentence = "主要职责包括：一是统计调查，二是数据发布。".repeat(20);
        assertThat(OneLineText.restoreLines(sentence)).doesNotContain("\n");
    }

    @Test
    void aCrawledPageBelowAFewMenuLinesAndInTraditionalCharactersGetsItsPartsBack() {
        String page = "微信掃一掃\n關(guān)注\n訂閱號\n目 錄 第一部分 2024年度部門預(yù)算情況說明 一、部門情況說明 二、收入預(yù)算情況說明 "
                + "三、支出預(yù)算情況說明 第一部分 2024年度部門預(yù)算情況說明 一、部門情況說明 本部門為參政黨的市級組織，內設一室四處，"
                + "無下屬預算單位，人員編制二十八名，實有人員二十六名，其中行政人員二十名，事業人員六名。二、收入預(yù)算情況說明 "
                + "2024年收入預算總計1520.36萬元。三、支出預(yù)算情況說明 2024年支出預算總計1520.36萬元。";
        SourceDocument read = TextReader.read("p.txt", page);

        assertThat(read.blocks()).filteredOn(b -> b instanceof Block.Text t && t.text().startsWith("二、收入预算情况说明")).isNotEmpty();
    }
}
