package org.gongkai.io.importing.print;

import org.gongkai.io.importing.source.Heads;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.exporting.PackageContent;

/**
 * A model's disclosure as Gongkai itself prints it (the exporters' {@link PackageContent}): the cover title, the nine
 * tables each with its numbered title and the 序号 column, then the explanation. Every print starts here.
 */
public final class GongkaiPrint {

    private GongkaiPrint() {
    }

    public static PrintedDocument of(DepartmentBudget model) {
        PackageContent content = PackageContent.of(model, ClassificationCatalog.builtIn());
        List<PrintedDocument.Piece> pieces = new ArrayList<>(List.of(new PrintedDocument.Line(content.title())));
        List<PackageContent.Part> parts = content.parts();
        for (int i = 0; i < parts.size(); i++) {
            PackageContent.Part part = parts.get(i);
            if (part instanceof PackageContent.Heading heading && i + 1 < parts.size() && parts.get(i + 1) instanceof PackageContent.Table table) {
                pieces.add(sheet(heading.text(), table.table()));
                i++;
            } else if (part instanceof PackageContent.Heading heading) {
                pieces.add(new PrintedDocument.Line(heading.text()));
            } else if (part instanceof PackageContent.Paragraph paragraph) {
                pieces.add(new PrintedDocument.Line(paragraph.text()));
            } else if (part instanceof PackageContent.Grid grid) {
                pieces.add(new PrintedDocument.Grid(grid.rows()));
            }
        }
        return new PrintedDocument(pieces);
    }

    /** 「1、部门预算收支总表」 over the table: the numbering and the title apart. */
    private static Sheet sheet(String heading, StatementTable table) {
        String numbering = heading.substring(0, heading.indexOf('、') + 1);
        String[] department = table.departmentLine().split(" ", 2);
        Sheet.Heads heads = new Sheet.Heads(department[0], department[1], table.year(), table.unit(), Sheet.Heads.Style.ONE_LINE);
        // The 栏次 row Gongkai prints under the header is added by the column-numbers print (its first variant).
        Header header = Header.withSequence(table.header(), table.columns().size());
        List<Boolean> amounts = new ArrayList<>(List.of(false));
        table.columns().stream().map(Column::amounts).forEach(amounts::add);
        List<List<Cell>> body = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(Integer.toString(row.seq()))));
            cells.addAll(row.cells());
            body.add(cells);
        }
        return new Sheet(table.kind(), numbering, false, heading.substring(numbering.length()), heads, header, amounts, body,
                Sheet.Money.GONGKAI, List.of(), Sheet.Continuation.CONTINUED_WITH_HEADER, table.note());
    }
}
