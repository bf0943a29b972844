package org.gongkai.io.importing.print;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.core.tables.Cell;

/**
 * A printed document laid out as a file holds it: lines of text and grids of cell texts, each grid with the header
 * cells that span (a format with merged cells merges them; the others print a spanning label once, at its left).
 */
public final class Layout {

    /** One laid-out block: a line, or a grid with its merged header cells. */
    public sealed interface Laid permits Text, Table {
    }

    public record Text(String text) implements Laid {
    }

    public record Table(List<List<String>> rows, List<Header.Span> merges) implements Laid {
    }

    private Layout() {
    }

    public static List<Laid> of(PrintedDocument document) {
        List<Laid> laid = new ArrayList<>();
        for (PrintedDocument.Piece piece : document.pieces()) {
            if (piece instanceof PrintedDocument.Line line) {
                laid.add(new Text(line.text()));
            } else if (piece instanceof PrintedDocument.Grid grid) {
                laid.add(new Table(grid.rows(), List.of()));
            } else {
                sheet((Sheet) piece, laid);
            }
        }
        return laid;
    }

    private static void sheet(Sheet sheet, List<Laid> laid) {
        if (sheet.numberingAlone()) {
            laid.add(new Text(sheet.numbering().strip()));
            laid.add(new Text(sheet.title()));
        } else {
            laid.add(new Text(sheet.numbering() + sheet.title()));
        }
        sheet.heads().lines().forEach(line -> laid.add(new Text(line)));
        List<List<String>> header = sheet.header().texts();
        List<Header.Span> merges = sheet.header().cells().stream().filter(s -> s.rows() > 1 || s.columns() > 1).toList();
        List<List<String>> rows = new ArrayList<>(header);
        for (int r = 0; r < sheet.body().size(); r++) {
            if (sheet.breaks().contains(r)) {
                switch (sheet.continuation()) {
                    case CONTINUED_WITH_HEADER -> {
                        laid.add(new Table(rows, merges));
                        laid.add(new Text("续表"));
                        rows = new ArrayList<>(header);
                    }
                    case CONTINUED_BARE -> {
                        laid.add(new Table(rows, merges));
                        rows = new ArrayList<>();
                        merges = List.of();
                    }
                    case HEADER_REPEATED_INSIDE -> rows.addAll(header);
                }
            }
            rows.add(row(sheet, sheet.body().get(r)));
        }
        laid.add(new Table(rows, merges));
        if (sheet.note() != null) {
            laid.add(new Text(sheet.note()));
        }
    }

    /** A body row's texts: amounts in the sheet's unit and style; a zero where the row names what it is the amount of. */
    private static List<String> row(Sheet sheet, List<Cell> cells) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            if (!sheet.amounts().get(c)) {
                texts.add(cell.text() == null ? "" : cell.text());
            } else if (cell.amount() != null) {
                texts.add(amount(cell.amount(), sheet.money()));
            } else {
                texts.add(labelled(sheet, cells, c) ? sheet.money().zero() : "");
            }
        }
        return texts;
    }

    /** Whether the nearest text column left of {@code c} holds something (a two-sided table's empty side stays empty). */
    private static boolean labelled(Sheet sheet, List<Cell> cells, int c) {
        for (int left = c - 1; left >= 0; left--) {
            if (!sheet.amounts().get(left) && !isSequence(sheet, left)) {
                return cells.get(left).text() != null && !cells.get(left).text().isBlank();
            }
        }
        return false;
    }

    private static boolean isSequence(Sheet sheet, int c) {
        List<String> path = sheet.header().path(c);
        return !path.isEmpty() && (path.get(0).equals("序号") || path.get(0).equals("行次"));
    }

    static String amount(BigDecimal wan, Sheet.Money money) {
        BigDecimal value = wan.multiply(money.factor()).setScale(2, RoundingMode.HALF_UP);
        if (!money.thousands()) {
            return value.toPlainString();
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
