package org.gongkai.core.tables;

/** A header cell spanning columns and rows, as in the official multi-level headers. */
public record HeaderCell(String text, int colspan, int rowspan) {

    public static HeaderCell of(String text) {
        return new HeaderCell(text, 1, 1);
    }

    public static HeaderCell wide(String text, int colspan) {
        return new HeaderCell(text, colspan, 1);
    }

    public static HeaderCell tall(String text, int rowspan) {
        return new HeaderCell(text, 1, rowspan);
    }
}
