package org.gongkai.io.importing.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.Cell;

/**
 * Prints that shape the same tables differently: the header flattened or its tall labels at the bottom, the 序号
 * column dropped, a 行次 column beside each name, the 栏次 row under the header in its styles, a table continued on a
 * new page.
 */
final class ShapePrints {

    private ShapePrints() {
    }

    static PrintedDocument flatHeaders(PrintedDocument document) {
        return document.sheets(sheet -> sheet.withHeader(sheet.header().flattened()));
    }

    static PrintedDocument wrappedLabels(PrintedDocument document) {
        return document.sheets(sheet -> sheet.withHeader(sheet.header().wrapped()));
    }

    /** A label spanning header rows printed in its lowest row, the rows above it blank (a vertically centred cell). */
    static PrintedDocument labelsAtTheBottom(PrintedDocument document) {
        return document.sheets(sheet -> sheet.withHeader(sheet.header().mapped(s -> s.rows() == 1 ? s
                : new Header.Span(s.row() + s.rows() - 1, s.column(), 1, s.columns(), s.text()))));
    }

    static PrintedDocument withoutSequence(PrintedDocument document) {
        return document.sheets(sheet -> {
            if (!sheet.header().path(0).equals(List.of("序号"))) {
                return sheet;
            }
            List<Boolean> amounts = new ArrayList<>(sheet.amounts().subList(1, sheet.width()));
            List<List<Cell>> body = sheet.body().stream().map(r -> r.subList(1, r.size())).toList();
            return sheet.withBody(sheet.header().removed(0), amounts, body);
        });
    }

    /** A 行次 column after each name column (both sides of a two-sided table), numbering the body rows. */
    static PrintedDocument lineNumbers(PrintedDocument document) {
        return document.sheets(sheet -> {
            TableLayout layout = Layouts.builtIn().table(sheet.kind().name());
            Sheet numbered = sheet;
            for (int c = sheet.width() - 1; c >= 0; c--) {
                if (kind(layout, sheet.header(), c) == LayoutColumn.Kind.NAME) {
                    numbered = inserted(numbered, c + 1);
                }
            }
            return numbered;
        });
    }

    private static Sheet inserted(Sheet sheet, int at) {
        List<Boolean> amounts = new ArrayList<>(sheet.amounts());
        amounts.add(at, false);
        List<List<Cell>> body = new ArrayList<>();
        for (List<Cell> row : sheet.body()) {
            List<Cell> cells = new ArrayList<>(row);
            cells.add(at, Cell.text(Integer.toString(body.size() + 1)));
            body.add(cells);
        }
        return sheet.withBody(sheet.header().inserted(at, "行次"), amounts, body);
    }

    static LayoutColumn.Kind kind(TableLayout layout, Header header, int c) {
        List<String> path = header.path(c);
        if (path.isEmpty()) {
            return null;
        }
        return Vocabulary.key(layout, path.subList(0, path.size() - 1), path.get(path.size() - 1))
                .flatMap(key -> layout.columns().stream().filter(l -> l.key().equals(key)).findFirst())
                .map(LayoutColumn::kind).orElse(null);
    }

    /**
     * The 栏次 row: 0 「栏次 1 2 3…」 as Gongkai prints it, 1 none, 2 the numbers without their label, 3 every column
     * numbered from the first, 4 「栏次 甲 乙 … 1 2 …」 (text columns lettered, amount columns numbered).
     */
    static PrintedDocument columnNumbers(PrintedDocument document, int style) {
        return document.sheets(sheet -> switch (style) {
            case 0 -> sheet.withHeader(sheet.header().withRow(c -> c == 0 ? "栏次" : Integer.toString(c)));
            case 2 -> sheet.withHeader(sheet.header().withRow(c -> c == 0 ? "" : Integer.toString(c)));
            case 3 -> sheet.withHeader(sheet.header().withRow(c -> Integer.toString(c + 1)));
            case 4 -> sheet.withHeader(sheet.header().withRow(c -> c == 0 ? "栏次" : lettered(sheet, c)));
            default -> sheet;
        });
    }

    private static String lettered(Sheet sheet, int c) {
        int texts = 0;
        int amounts = 0;
        for (int k = 1; k <= c; k++) {
            if (sheet.amounts().get(k)) {
                amounts++;
            } else {
                texts++;
            }
        }
        return sheet.amounts().get(c) ? Integer.toString(amounts) : String.valueOf("甲乙丙丁戊己庚辛".charAt((texts - 1) % 8));
    }

    /** A table of more than five rows continued on a new page after a random row. */
    static PrintedDocument continued(PrintedDocument document, Random random, Sheet.Continuation how) {
        return document.sheets(sheet -> {
            int rows = sheet.body().size();
            return rows > 5 ? sheet.withBreaks(List.of(2 + random.nextInt(rows - 4)), how) : sheet;
        });
    }
}
