package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRowsTest {

    @Test
    void aPagesFrameAboveATableTitleIsNoHeaderOfTheTable() {
        List<String> lines = TextRows.tabSeparated(List.of(
                "| 索引号 | 000000-2024-001 | 发布机构 | 某县财政局 |",
                "| 发布日期 | 2024-02-01 | 文号 | |",
                "| 2024年“三公”经费预算表 |",
                "| 项目 | 合计 | 因公出国（境）费 | 公务接待费 |",
                "| 2024年预算 | 12.5 | 0 | 3.2 |"));
        assertThat(lines).contains("2024年“三公”经费预算表", "项目\t合计\t因公出国（境）费\t公务接待费", "2024年预算\t12.5\t0\t3.2");
    }

    @Test
    void theUnheadedColumnUnderAChangeHeaderIsPartOfTheTable() {
        List<String> lines = TextRows.tabSeparated(List.of(
                "| 项目 | 2023年预算 | 2024年预算 | 比上年增减 |",
                "| 合计 | 10.00 | 12.00 | 2.00 | 20% |"));
        assertThat(lines).contains("合计\t10.00\t12.00\t2.00\t20%");
    }

    @Test
    void anAmountUnderNoHeaderAtAllLeavesTheRunAsText() {
        List<String> lines = TextRows.tabSeparated(List.of(
                "| 项目 | 2023年预算 | 2024年预算 |",
                "| 合计 | 10.00 | 12.00 | 2.00 |"));
        assertThat(lines).noneMatch(l -> l.contains("\t"));
    }
}
