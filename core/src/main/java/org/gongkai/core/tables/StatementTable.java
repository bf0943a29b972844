package org.gongkai.core.tables;

import java.util.List;

/**
 * One standard table in a format-neutral form: title, the department/year/unit line, the multi-level
 * header (header rows exclude the 序号 column, which every table has first), the body columns with their
 * 栏次, the rows and, for a table shown empty, its note.
 */
public record StatementTable(StandardTable kind, String departmentLine, int year, String unit,
                             List<List<HeaderCell>> header, List<Column> columns, List<TableRow> rows,
                             String note) {

    public static final String UNIT = "万元";

    public StatementTable {
        header = header.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public String title() {
        return kind.title();
    }

    /** 「预算年度：2023」 or 「决算年度：2023」, as the line over the table prints it. */
    public String yearLabel() {
        return kind.disclosureKind().shortName() + "年度：" + year;
    }

    public boolean shownEmpty() {
        return rows.isEmpty();
    }

    public TableRow row(int seq) {
        return rows.stream().filter(r -> r.seq() == seq).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.title() + " 没有序号为 " + seq + " 的行"));
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new MissingColumnException(kind.title() + " 没有名为 " + name + " 的列");
    }
}
