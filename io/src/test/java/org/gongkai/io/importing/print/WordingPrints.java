package org.gongkai.io.importing.print;

import org.gongkai.io.importing.source.Heads;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.Cell;

/** Prints that word the same tables differently: titles, their numbering, headers, total rows, the lines over a table. */
final class WordingPrints {

    private static final Vocabulary WORDS = Vocabulary.builtIn();

    private WordingPrints() {
    }

    /** Each table titled with one of the wordings regions use for it. */
    static PrintedDocument titles(PrintedDocument document, Random random) {
        return document.sheets(sheet -> sheet.withTitle(pick(random, WORDS.titles(sheet.kind()))));
    }

    /** The numbering styles before a title: 「表一」「表1：」「公开01表」 (on the title's line or its own), 「附表1-1」, none. */
    static PrintedDocument numbering(PrintedDocument document, int style) {
        return document.sheets(sheet -> {
            int n = sheet.kind().number();
            return switch (style) {
                case 0 -> sheet.withNumbering("表" + "一二三四五六七八九".charAt(n - 1) + " ", false);
                case 1 -> sheet.withNumbering("表" + n + "：", false);
                case 2 -> sheet.withNumbering(String.format("公开%02d表 ", n), false);
                case 3 -> sheet.withNumbering(String.format("公开%02d表", n), true);
                case 4 -> sheet.withNumbering("附表1-" + n + " ", false);
                case 5 -> sheet.withNumbering("表1-" + n + " ", false);
                default -> sheet.withNumbering("", false);
            };
        });
    }

    /** Every leaf header relabelled with a wording the layout reads as the same column. */
    static PrintedDocument headers(PrintedDocument document, Random random) {
        return document.sheets(sheet -> {
            TableLayout layout = Layouts.builtIn().table(sheet.kind().name());
            Header header = sheet.header();
            for (int c = 0; c < header.width(); c++) {
                List<String> path = header.path(c);
                if (path.isEmpty()) {
                    continue;
                }
                List<String> above = path.subList(0, path.size() - 1);
                int column = c;
                Header current = header;
                header = Vocabulary.key(layout, above, path.get(path.size() - 1))
                        .map(key -> WORDS.headers(sheet.kind(), above, key))
                        .filter(words -> !words.isEmpty())
                        .map(words -> current.renamed(column, pick(random, words)))
                        .orElse(header);
            }
            return sheet.withHeader(header);
        });
    }

    /** Total rows (合计, 收入总计, 支出总计) labelled with the table's own words for a total. */
    static PrintedDocument totals(PrintedDocument document, Random random) {
        return document.sheets(sheet -> {
            List<List<Cell>> body = new ArrayList<>();
            for (List<Cell> row : sheet.body()) {
                List<Cell> cells = new ArrayList<>(row);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c).text();
                    if (text != null && text.matches("合计|收入总计|支出总计")) {
                        cells.set(c, Cell.text(pick(random, WORDS.totals(sheet.kind(), text))));
                    }
                }
                body.add(cells);
            }
            return sheet.withBody(sheet.header(), sheet.amounts(), body);
        });
    }

    /** The department, year and unit lines over each table in one of the styles regions print. */
    static PrintedDocument heads(PrintedDocument document, Sheet.Heads.Style style) {
        return document.sheets(sheet -> sheet.withHeads(sheet.heads().withStyle(style)));
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
