package org.gongkai.io.importing.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StandardTable;

/**
 * The "三公" table in the shapes regions print it, from the national one (a row per item, a column per fund source):
 * the items as columns of one row (上海, 江苏), or a row per part with a single amount column. Labels are the layout
 * data's (three-public-rows.tsv, columns.tsv).
 */
final class ThreePublicPrints {

    /** The parts printed, by their keys: the same in columns.tsv (the parts as columns) and three-public-rows.tsv. */
    private static final List<String> PARTS = List.of("total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception");

    private ThreePublicPrints() {
    }

    /** One row: 项目 | “三公”经费合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费. */
    static PrintedDocument itemsAsColumns(PrintedDocument document) {
        return document.sheets(sheet -> {
            if (sheet.kind() != StandardTable.THREE_PUBLIC || sheet.body().isEmpty()) {
                return sheet;
            }
            Map<String, BigDecimal> parts = parts(sheet);
            TableLayout layout = Layouts.builtIn().table(StandardTable.THREE_PUBLIC.name());
            String[] labels = layout.labels("name", "total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception");
            Header header = new Header(2, 8, List.of(new Header.Span(0, 0, 2, 1, "序号"), new Header.Span(0, 1, 2, 1, labels[0]),
                    new Header.Span(0, 2, 2, 1, labels[1]), new Header.Span(0, 3, 2, 1, labels[2]),
                    new Header.Span(0, 4, 1, 3, labels[3]), new Header.Span(1, 4, 1, 1, "小计"),
                    new Header.Span(1, 5, 1, 1, labels[4]), new Header.Span(1, 6, 1, 1, labels[5]),
                    new Header.Span(0, 7, 2, 1, labels[6])));
            List<Cell> row = new ArrayList<>(List.of(Cell.text("1"), Cell.text("合计")));
            for (String part : PARTS) {
                row.add(Cell.amount(parts.get(part)));
            }
            return sheet.withBody(header, List.of(false, false, true, true, true, true, true, true), List.of(row));
        });
    }

    /** A row per part under one amount column headed {@code amountLabel} (预算数, 一般公共预算财政拨款). */
    static PrintedDocument rowPerPart(PrintedDocument document, String amountLabel) {
        return document.sheets(sheet -> {
            if (sheet.kind() != StandardTable.THREE_PUBLIC || sheet.body().isEmpty()) {
                return sheet;
            }
            Map<String, BigDecimal> parts = parts(sheet);
            TableLayout layout = Layouts.builtIn().table(StandardTable.THREE_PUBLIC.name());
            Header header = new Header(1, 3, List.of(new Header.Span(0, 0, 1, 1, "序号"),
                    new Header.Span(0, 1, 1, 1, layout.labels("name")[0]), new Header.Span(0, 2, 1, 1, amountLabel)));
            List<List<Cell>> body = new ArrayList<>();
            for (String part : PARTS) {
                body.add(List.of(Cell.text(Integer.toString(body.size() + 1)), Cell.text(layout.labels(part)[0]),
                        Cell.amount(parts.get(part))));
            }
            return sheet.withBody(header, List.of(false, false, true), body);
        });
    }

    /** The national table's parts (its 合计 column) by column key. */
    private static Map<String, BigDecimal> parts(Sheet sheet) {
        Map<String, BigDecimal> parts = new java.util.HashMap<>();
        Layouts layouts = Layouts.builtIn();
        for (List<Cell> row : sheet.body()) {
            String label = row.get(1).text();
            for (String key : PARTS) {
                if (layouts.threePublicLabel(key).equals(label)) {
                    parts.put(key, row.get(2).amount() == null ? BigDecimal.ZERO : row.get(2).amount());
                }
            }
        }
        return parts;
    }
}
