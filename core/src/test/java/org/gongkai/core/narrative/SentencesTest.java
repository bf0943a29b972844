package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aLineAPagesWidthCutContinuesOnTheNextLine() {
        assertThat(Sentences.split("机构运行经费支出共计120.5万元，其中：基\n本支出98.3万元，项目支出22.2万元。"))
                .containsExactly("机构运行经费支出共计120.5万元，其中：基本支出98.3万元，项目支出22.2万元。");
    }

    @Test
    void aHeadingAnItemAndAShortLineStandAlone() {
        assertThat(Sentences.split("二、部门预算收支总体情况及增减变化情况说明\n2023年收入总计100万元。\n（一）收入预算\n"
                + "本年收入合计为一百万元整的部门预算收入，\n1.人员经费80万元。"))
                .containsExactly("二、部门预算收支总体情况及增减变化情况说明", "2023年收入总计100万元。", "（一）收入预算",
                        "本年收入合计为一百万元整的部门预算收入，", "1.人员经费80万元。");
    }
}
