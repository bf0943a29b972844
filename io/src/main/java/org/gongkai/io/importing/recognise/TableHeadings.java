package org.gongkai.io.importing.recognise;

import org.gongkai.io.importing.source.Heads;
import java.util.List;
import java.util.Optional;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Titles;

/**
 * What a table's own lines say around its grid: the unit it is printed in ("单位：元"), a note under it, the
 * department line with its code (Hebei prints "430 机关事务服务中心"), the year.
 */
public record TableHeadings(String unit, String note, String departmentLine, Integer year) {

    public static TableHeadings of(List<Block> section) {
        String unit = null;
        String note = null;
        String departmentLine = null;
        Integer year = null;
        for (Block block : section) {
            if (block instanceof Block.Grid grid && note == null) {
                // 「此表为空」 printed inside the table's frame is its note too.
                note = grid.rows().stream().flatMap(List::stream).map(String::strip).filter(TableHeadings::saysEmpty)
                        .findFirst().orElse(null);
            }
            if (!(block instanceof Block.Text text)) {
                continue;
            }
            String t = text.text();
            String plain = Titles.plain(t);
            year = year == null ? Heads.year(t).orElse(null) : year;
            Optional<String> stated = Heads.unit(t);
            unit = unit == null ? stated.orElse(null) : unit;
            if (plain.startsWith("注") || plain.startsWith("说明") && plain.length() <= 80 || saysEmpty(plain)) {
                // 「此表为空」 in the frame gives way to a note below saying why (「说明：本部门无相关收支项目。」); a note that
                // only says what the table shows (「注：本表反映…」) is followed by the one saying why it is empty.
                if (note == null || saysEmpty(note) && saysWhy(plain)) {
                    note = t.strip();
                } else if (saysWhy(plain) && !saysWhy(Titles.plain(note)) && plain.matches(".*(本表|此表)无数据.*")) {
                    note = note + " " + t.strip();
                }
            } else if (departmentLine == null) {
                departmentLine = Heads.departmentLine(t).orElse(null);
            }
        }
        return new TableHeadings(unit == null ? "万元" : unit, note, departmentLine, year);
    }

    private static boolean saysWhy(String plain) {
        return plain.matches(".*(无|没有|未安排|不涉及).*");
    }

    private static boolean saysEmpty(String text) {
        String plain = Titles.plain(text);
        return plain.contains("空表") || plain.matches(".*(此表|本表)(为空|无数据).*");
    }
}
