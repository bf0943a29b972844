package org.gongkai.io.importing.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.io.importing.source.Heads;

/**
 * One standard table as a department prints it: its title and numbering, the lines over it, its header, its body and
 * how its amounts are written. The body keeps amounts in 万元 (a {@link Cell}) until the sheet is laid out, so that a
 * print may change the unit, the zeros or the thousands separators without touching the figures.
 *
 * @param numbering  what precedes the title ("1、", "表一", "公开01表"); {@code numberingAlone} puts it on a line of its own
 * @param heads      the department, year and unit lines over the grid
 * @param header     the header cells, full width (the 序号 column included)
 * @param amounts    per body column, whether it holds amounts
 * @param breaks     body rows (indexes) where the table is continued on a new page
 */
public record Sheet(StandardTable kind, String numbering, boolean numberingAlone, String title, Heads heads, Header header,
                    List<Boolean> amounts, List<List<Cell>> body, Money money, List<Integer> breaks, Continuation continuation,
                    String note) implements PrintedDocument.Piece {

    public Sheet {
        amounts = List.copyOf(amounts);
        body = body.stream().map(ArrayList::new).map(List::<Cell>copyOf).toList();
        breaks = List.copyOf(breaks);
    }

    /** How a table goes on after a page break. */
    public enum Continuation {
        /** A new grid under a 「续表」 line, its header printed again. */
        CONTINUED_WITH_HEADER,
        /** A new grid with no header and no line over it (a page break inside a Word table saved as text). */
        CONTINUED_BARE,
        /** One grid whose header is printed again where the page broke (two pages' grids merged). */
        HEADER_REPEATED_INSIDE
    }

    /** The department, year and unit lines over a table. */
    public record Heads(String code, String department, int year, String unit, Style style) {

        public enum Style {
            /** 「999 某部门    预算年度：2023    单位：万元」 as Gongkai prints it. */
            ONE_LINE,
            /** Department, year and unit on three lines. */
            THREE_LINES,
            /** 「编制部门：某部门    单位：万元」, no code (most regions). */
            LABELLED,
            /** Only 「单位：万元」. */
            UNIT_ONLY
        }

        public List<String> lines() {
            String unitLine = "单位：" + unit;
            return switch (style) {
                case ONE_LINE -> List.of(code + " " + department + "    预算年度：" + year + "    " + unitLine);
                case THREE_LINES -> List.of(code + " " + department, "预算年度：" + year, unitLine);
                case LABELLED -> List.of("编制部门：" + department + "    " + unitLine);
                case UNIT_ONLY -> List.of(unitLine);
            };
        }

        public Heads withStyle(Style changed) {
            return new Heads(code, department, year, unit, changed);
        }

        public Heads withUnit(String changed) {
            return new Heads(code, department, year, changed, style);
        }
    }

    /**
     * How amounts are written: multiplied by {@code factor} from 万元 (10000 for 元), to two decimals, with or without
     * thousands separators; a zero (a blank amount cell of a row that has a label) as {@code zero}.
     */
    public record Money(BigDecimal factor, boolean thousands, String zero) {

        public static final Money GONGKAI = new Money(BigDecimal.ONE, false, "");
    }

    public Sheet withNumbering(String changed, boolean alone) {
        return new Sheet(kind, changed, alone, title, heads, header, amounts, body, money, breaks, continuation, note);
    }

    public Sheet withTitle(String changed) {
        return new Sheet(kind, numbering, numberingAlone, changed, heads, header, amounts, body, money, breaks, continuation, note);
    }

    public Sheet withHeads(Heads changed) {
        return new Sheet(kind, numbering, numberingAlone, title, changed, header, amounts, body, money, breaks, continuation, note);
    }

    public Sheet withHeader(Header changed) {
        return new Sheet(kind, numbering, numberingAlone, title, heads, changed, amounts, body, money, breaks, continuation, note);
    }

    public Sheet withBody(Header changedHeader, List<Boolean> changedAmounts, List<List<Cell>> changedBody) {
        return new Sheet(kind, numbering, numberingAlone, title, heads, changedHeader, changedAmounts, changedBody, money, breaks,
                continuation, note);
    }

    public Sheet withMoney(Money changed) {
        return new Sheet(kind, numbering, numberingAlone, title, heads, header, amounts, body, changed, breaks, continuation, note);
    }

    public Sheet withBreaks(List<Integer> changed, Continuation how) {
        return new Sheet(kind, numbering, numberingAlone, title, heads, header, amounts, body, money, changed, how, note);
    }

    public int width() {
        return amounts.size();
    }
}
