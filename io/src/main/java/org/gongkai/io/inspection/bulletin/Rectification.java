package org.gongkai.io.inspection.bulletin;

import java.util.List;

/** A department's 整改清单: its header and one row per finding, with an empty column for the department's reply. */
final class Rectification {

    static final List<String> COLUMNS = List.of("序号", "规则", "严重程度", "页码/位置", "原文摘录", "问题", "应为", "整改情况（部门填写）");

    private Rectification() {
    }

    static String header(LocatedFindings.Document d) {
        return "部门：" + d.card().departmentName() + "    年度：" + d.card().year() + "    类别：" + d.card().kindName()
                + "    得分：" + d.card().score() + "    文件：" + d.card().file();
    }

    static String title(LocatedFindings.Document d) {
        return d.card().departmentName() + d.card().year() + "年度部门" + d.card().kindName() + "公开整改清单";
    }

    static List<List<String>> rows(LocatedFindings.Document d) {
        return d.entries().stream().map(e -> List.of(Integer.toString(e.number()), e.finding().rule(), e.finding().severity().chinese(),
                e.where(), e.quote(), e.finding().message(), e.expected(), "")).toList();
    }
}
