package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.tables.HeaderCell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The package as a Word document (Apache POI), A4 landscape: a contents field (目录, page numbers filled in when
 * the document is opened), the nine tables with header rows repeated on every page, the explanation, the project
 * tables, and a page-number footer.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static void write(PackageContent content, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            landscape(docx);
            paragraph(docx, content.title(), 18, true);
            paragraph(docx, "目  录", 14, true);
            XWPFParagraph toc = docx.createParagraph();
            toc.getCTP().addNewFldSimple().setInstr("TOC \\o \"1-2\" \\h \\z \\u");
            docx.enforceUpdateFields();
            for (PackageContent.Part part : content.parts()) {
                if (part instanceof PackageContent.Heading h) {
                    XWPFParagraph heading = paragraph(docx, h.text(), h.level() == 1 ? 15 : h.level() == 2 ? 13 : 11, true);
                    heading.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(h.level() - 1L));
                    heading.setPageBreak(h.level() == 1 || h.level() == 2 && h.text().matches("\\d、部门预算.*表"));
                } else if (part instanceof PackageContent.Paragraph p) {
                    paragraph(docx, p.printed(), 10.5, false);
                } else if (part instanceof PackageContent.Table t) {
                    table(docx, t.table());
                } else if (part instanceof PackageContent.Grid g) {
                    grid(docx, g.rows(), g::header, g.headerFrom() == 0);
                }
            }
            footer(docx);
            docx.write(out);
        }
    }

    private static void table(XWPFDocument docx, StatementTable table) {
        paragraph(docx, table.departmentLine() + "    " + table.yearLabel() + "    单位：" + table.unit(), 9, false);
        int width = table.columns().size() + 1;
        List<List<String>> rows = new ArrayList<>(headerGrid(table, width));
        int headerRows = rows.size();
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.seq())));
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(table.columns().get(c).amounts() ? Formats.amount(row.cell(c).amount())
                        : row.cell(c).text() == null ? "" : row.cell(c).text());
            }
            rows.add(cells);
        }
        grid(docx, rows, r -> r < headerRows, true);
        if (table.note() != null) {
            paragraph(docx, table.note(), 9, false);
        }
    }

    /** A table; Word repeats header rows on every page only when they are its first rows ({@code repeat}). */
    /** The multi-level header as grid rows: each label at the first column it spans, then the 栏次 row. */
    private static List<List<String>> headerGrid(StatementTable table, int width) {
        List<List<HeaderCell>> levels = table.header();
        String[][] grid = new String[levels.size() + 1][width];
        boolean[][] taken = new boolean[levels.size()][width];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        grid[0][0] = "序号";
        for (int r = 0; r < levels.size(); r++) {
            taken[r][0] = true;
            int c = 1;
            for (HeaderCell cell : levels.get(r)) {
                while (c < width && taken[r][c]) {
                    c++;
                }
                if (c < width) {
                    grid[r][c] = cell.text();
                }
                for (int dr = 0; dr < cell.rowspan() && r + dr < levels.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += cell.colspan();
            }
        }
        grid[levels.size()][0] = "栏次";
        for (int c = 1; c < width; c++) {
            grid[levels.size()][c] = Integer.toString(c);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : grid) {
            rows.add(List.of(row));
        }
        return rows;
    }

    private static void grid(XWPFDocument docx, List<List<String>> rows, java.util.function.IntPredicate header, boolean repeat) {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = docx.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setRepeatHeader(repeat && header.test(r));
            for (int c = 0; c < width; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
                run.setText(text);
                run.setFontSize(8);
                run.setBold(header.test(r));
            }
        }
        docx.createParagraph();
    }

    private static XWPFParagraph paragraph(XWPFDocument docx, String text, double size, boolean bold) {
        XWPFParagraph paragraph = docx.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily("宋体");
        return paragraph;
    }

    private static void landscape(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
    }

    private static void footer(XWPFDocument docx) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.createRun().setText("第 ");
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
        paragraph.createRun().setText(" 页 共 ");
        paragraph.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        paragraph.createRun().setText(" 页");
    }
}
