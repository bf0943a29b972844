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

    @Test
    void aHeaderRowOverRepeatedGroupsSpansEachGroup() {
        List<String> lines = TextRows.tabSeparated(List.of(
                "项目 | 预算数 | 决算数 | ||||",
                "合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金 | |",
                "公务接待费 | 8 | 8 | 0 | 2.26 | 2.26 | 0 |",
                "总计 | 80.7 | 80.7 | 0 | 74.23 | 74.23 | 0 |"));
        assertThat(lines).contains("项目\t预算数\t\t\t决算数\t\t", "公务接待费\t8\t8\t0\t2.26\t2.26\t0");
    }

    @Test
    void aUnitLineAboveTheHeaderMovesNoHeaderCell() {
        List<String> lines = TextRows.tabSeparated(List.of(
                "单位:万元 | ||||",
                "项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |",
                "增、减金额 | 增、减幅度 | |||",
                "合计 | 18.15 | 22.15 | 4 | 22% |",
                "2.公务接待费 | 3 | 7 | 4 | 133% |"));
        assertThat(lines).contains("项目\t2023年预算数\t2024年预算数\t比上年增、减情况\t", "合计\t18.15\t22.15\t4\t22%");
    }
}
