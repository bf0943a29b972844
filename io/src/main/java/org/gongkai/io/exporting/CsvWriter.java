package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** One standard table as CSV (Apache Commons CSV): UTF-8 with a BOM so Excel opens it, 序号 first, blanks left empty. */
public final class CsvWriter {

    private CsvWriter() {
    }

    public static void write(StatementTable table, OutputStream out) throws IOException {
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(List.of("序号"));
        table.columns().stream().map(Column::name).forEach(header::add);
        csv.printRecord(header);
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.seq())));
            row.cells().forEach(cell -> cells.add(cell.amount() != null ? cell.amount().toPlainString() : cell.text() == null ? "" : cell.text()));
            csv.printRecord(cells);
        }
        csv.flush();
    }
}
