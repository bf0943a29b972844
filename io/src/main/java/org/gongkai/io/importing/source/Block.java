package org.gongkai.io.importing.source;

import java.util.List;

/** A piece of a source document in reading order: a line of text (heading or paragraph) or a table. */
public sealed interface Block {

    /** Where the block starts: "第 12 行" for text, "第 3 页" for PDF, "表 2" for a spreadsheet. */
    String where();

    /** A line of running text; {@code level} is its markdown heading level, 0 for none. */
    record Text(String text, int level, String where) implements Block {
    }

    /**
     * A table as a grid of cell texts; rows keep their empty cells so columns line up. {@code spansKnown}: the grid
     * came with its cell boundaries (a ruled PDF table, merged spreadsheet cells), so a header cell spanning several
     * columns is repeated under each of them and a blank header cell is really blank.
     */
    record Grid(List<List<String>> rows, String where, boolean spansKnown) implements Block {

        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }

        public Grid(List<List<String>> rows, String where) {
            this(rows, where, false);
        }
    }
}
