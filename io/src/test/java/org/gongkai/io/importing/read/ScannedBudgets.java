package org.gongkai.io.importing.read;

import java.awt.image.BufferedImage;
import java.util.List;

/** A budget's 支出总表 as a scanner would give it: the title lines and the ruled table, one page. */
final class ScannedBudgets {

    static final List<String> TITLE = List.of("某市档案局2024年部门预算", "部门预算支出总表", "编制部门：某市档案局        单位：万元");

    static final List<List<String>> TABLE = List.of(
            List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
            List.of("201", "一般公共服务支出", "1,234.56", "1,000.00", "234.56"),
            List.of("20126", "档案事务", "1,234.56", "1,000.00", "234.56"),
            List.of("2012601", "行政运行", "1,000.00", "1,000.00", "0.00"),
            List.of("2012604", "档案馆", "234.56", "0.00", "234.56"),
            List.of("208", "社会保障和就业支出", "96.30", "96.30", "0.00"),
            List.of("20805", "行政事业单位养老支出", "96.30", "96.30", "0.00"),
            List.of("2080505", "机关事业单位基本养老保险缴费支出", "96.30", "96.30", "0.00"),
            List.of("", "合计", "1,330.86", "1,096.30", "234.56"));

    private ScannedBudgets() {
    }

    static BufferedImage expenditurePage() {
        return Scans.page(TITLE, TABLE, new int[] {5, 18, 6, 6, 6});
    }

    /** Every amount of the table's body, row by row. */
    static List<List<String>> amounts() {
        return TABLE.subList(1, TABLE.size()).stream().map(row -> row.subList(2, row.size())).toList();
    }
}
