package org.gongkai.io.catalog;

import java.util.List;

/** One sheet (or a CSV file) as rows of cell texts, each row knowing where it is for messages. */
record Grid(String sheet, List<GridRow> rows) {

    record GridRow(int number, List<String> cells) {

        String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /** 「工作表“支出功能分类”第 12 行」, or 「第 12 行」 for a file of one sheet. */
    String place(GridRow row) {
        return (sheet == null ? "" : "工作表“" + sheet + "”") + "第 " + row.number() + " 行";
    }
}
