package org.gongkai.io.importing;

import java.util.List;
import java.util.Optional;

/**
 * What a table's own lines say around its grid: the unit it is printed in ("单位：元"), a note under it, the
 * department line with its code (Hebei prints "430 机关事务服务中心"), the year.
 */
record TableHeadings(String unit, String note, String departmentLine, Integer year) {

    static TableHeadings of(List<Block> section) {
        String unit = null;
        String note = null;
        String departmentLine = null;
        Integer year = null;
        for (Block block : section) {
            if (!(block instanceof Block.Text text)) {
                continue;
            }
            String t = text.text();
            String plain = Titles.plain(t);
            year = year == null ? Heads.year(t).orElse(null) : year;
            Optional<String> stated = Heads.unit(t);
            unit = unit == null ? stated.orElse(null) : unit;
            if (plain.startsWith("注") || plain.contains("空表") || plain.contains("本表无数据")) {
                note = note == null ? t.strip() : note;
            } else if (departmentLine == null) {
                departmentLine = Heads.departmentLine(t).orElse(null);
            }
        }
        return new TableHeadings(unit == null ? "万元" : unit, note, departmentLine, year);
    }
}
