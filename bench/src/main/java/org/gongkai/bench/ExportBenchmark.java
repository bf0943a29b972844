package org.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.exporting.CsvWriter;
import org.gongkai.io.exporting.DocxWriter;
import org.gongkai.io.exporting.HtmlWriter;
import org.gongkai.io.exporting.PackageContent;
import org.gongkai.io.exporting.PdfWriter;
import org.gongkai.io.exporting.XlsxWriter;
import org.gongkai.io.json.ModelJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exporting the 2023 sample: every format in one go (XLSX, DOCX, PDF, HTML, JSON, CSV), and the XLSX writer beside a
 * raw POI loop that writes the same cells of the nine tables, so their ratio is measured in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportBenchmark {

    private DepartmentBudget model;
    private PackageContent content;

    @Setup
    public void setUp() {
        model = Drafter.draft(ModelJson.read(Path.of("samples/qhd-etdz-affairs-2023/model.json")));
        content = PackageContent.of(model, ClassificationCatalog.builtIn());
    }

    @Benchmark
    public int allFormats() throws IOException {
        PackageContent fresh = PackageContent.of(model, ClassificationCatalog.builtIn());
        int size = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(fresh, out);
        size += out.size();
        out.reset();
        DocxWriter.write(fresh, out);
        size += out.size();
        out.reset();
        PdfWriter.write(fresh, out);
        size += out.size();
        size += HtmlWriter.write(fresh).length();
        size += ModelJson.write(model).length();
        for (PackageContent.Part part : fresh.parts()) {
            if (part instanceof PackageContent.Table t) {
                out.reset();
                CsvWriter.write(t.table(), out);
                size += out.size();
            }
        }
        return size;
    }

    @Benchmark
    public int xlsxWriter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(content, out);
        return out.size();
    }

    @Benchmark
    public int rawPoiLoop() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (PackageContent.Part part : content.parts()) {
                if (part instanceof PackageContent.Table t) {
                    StatementTable table = t.table();
                    Sheet sheet = workbook.createSheet("t" + table.kind().number());
                    int r = 0;
                    for (TableRow tableRow : table.rows()) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(tableRow.seq());
                        for (int c = 0; c < tableRow.cells().size(); c++) {
                            var cell = row.createCell(c + 1);
                            if (tableRow.cell(c).amount() != null) {
                                cell.setCellValue(tableRow.cell(c).amount().doubleValue());
                                cell.setCellStyle(amount);
                            } else {
                                cell.setCellValue(tableRow.cell(c).display());
                            }
                        }
                    }
                } else if (part instanceof PackageContent.Grid g) {
                    Sheet sheet = workbook.getSheet("grids") == null ? workbook.createSheet("grids") : workbook.getSheet("grids");
                    for (var cells : g.rows()) {
                        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                        for (int c = 0; c < cells.size(); c++) {
                            row.createCell(c).setCellValue(cells.get(c));
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return out.size();
    }
}
