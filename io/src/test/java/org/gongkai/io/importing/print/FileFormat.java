package org.gongkai.io.importing.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.Renderings;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * The files a laid-out document is published as: Word saved as text (tab-separated, or a cell a line), the whole text
 * on one line as a crawler saves a page, a workbook and a Word document each with or without merged header cells, and a PDF.
 */
public enum FileFormat {

    TEXT("txt") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            StringBuilder text = new StringBuilder();
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    text.append(line.text()).append('\n');
                } else {
                    ((Layout.Table) block).rows().forEach(row -> text.append(String.join("\t", row)).append('\n'));
                }
                text.append('\n');
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    /** Another Word rendering: one cell a line after a tab, a row's cells between blank lines. */
    CELL_PER_LINE_TEXT("txt") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            StringBuilder text = new StringBuilder();
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    text.append(line.text()).append("\n\n");
                } else {
                    for (List<String> row : ((Layout.Table) block).rows()) {
                        row.forEach(cell -> text.append('\t').append(cell).append('\n'));
                        text.append('\n');
                    }
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    /** A crawled page's rendering: each row's cells between {@code |}, as 「合 计 | 34.35 | 34.35 |」. */
    PIPE_TEXT("txt") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            StringBuilder text = new StringBuilder();
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    text.append(line.text()).append('\n');
                } else {
                    ((Layout.Table) block).rows().forEach(row -> text.append(String.join(" | ", row)).append(" |\n"));
                }
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    ONE_LINE_TEXT("txt") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            List<String> words = new ArrayList<>();
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    words.add(line.text());
                } else {
                    ((Layout.Table) block).rows().forEach(row -> row.stream().filter(c -> !c.isBlank()).forEach(words::add));
                }
            }
            return String.join(" ", words).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8);
        }
    },
    XLSX("xlsx") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            return workbook(laid, false);
        }
    },
    XLSX_MERGED("xlsx") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            return workbook(laid, true);
        }
    },
    DOCX("docx") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            return word(laid, false);
        }
    },
    DOCX_MERGED("docx") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            return word(laid, true);
        }
    },
    PDF("pdf") {
        @Override
        byte[] write(List<Layout.Laid> laid) {
            try {
                return Renderings.pdf(source(laid));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final String extension;

    FileFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    abstract byte[] write(List<Layout.Laid> laid);

    public byte[] bytes(PrintedDocument document) {
        return write(Layout.of(document));
    }

    private static SourceDocument source(List<Layout.Laid> laid) {
        List<Block> blocks = new ArrayList<>();
        for (Layout.Laid block : laid) {
            blocks.add(block instanceof Layout.Text line ? new Block.Text(line.text(), 0, "")
                    : new Block.Grid(((Layout.Table) block).rows(), ""));
        }
        return new SourceDocument("print", blocks);
    }

    /** One sheet: a line in column A, a grid row by row, a blank row after each; amounts as numbers, empty cells bordered. */
    private static byte[] workbook(List<Layout.Laid> laid, boolean merged) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("公开表");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int r = 0;
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    sheet.createRow(r++).createCell(0).setCellValue(line.text());
                } else {
                    Layout.Table table = (Layout.Table) block;
                    int top = r;
                    for (List<String> cells : table.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            cell(row, c, cells.get(c), money);
                        }
                    }
                    if (merged) {
                        for (Header.Span s : table.merges()) {
                            sheet.addMergedRegion(new CellRangeAddress(top + s.row(), top + s.row() + s.rows() - 1, s.column(),
                                    s.column() + s.columns() - 1));
                        }
                    }
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int c, String text, CellStyle money) {
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
        String plain = text.replace(",", "");
        if (plain.matches("-?\\d+\\.\\d{2}")) {
            cell.setCellValue(new BigDecimal(plain).doubleValue());
            cell.setCellStyle(money);
        } else if (!text.isEmpty()) {
            cell.setCellValue(text);
        }
    }

    /** Paragraphs and tables; merged header cells as gridSpan (columns) — a tall cell prints once, blank below. */
    private static byte[] word(List<Layout.Laid> laid, boolean merged) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Layout.Laid block : laid) {
                if (block instanceof Layout.Text line) {
                    docx.createParagraph().createRun().setText(line.text());
                } else {
                    table(docx, (Layout.Table) block, merged);
                    docx.createParagraph();
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument docx, Layout.Table grid, boolean merged) {
        List<List<String>> rows = grid.rows();
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = docx.createTable(rows.size(), width);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < width; c++) {
                row.getCell(c).setText(c < rows.get(r).size() ? rows.get(r).get(c) : "");
            }
        }
        if (merged) {
            for (Header.Span s : grid.merges().stream().filter(s -> s.columns() > 1)
                    .sorted((a, b) -> Integer.compare(b.column(), a.column())).collect(Collectors.toList())) {
                XWPFTableRow row = table.getRow(s.row());
                XWPFTableCell first = row.getCell(s.column());
                (first.getCTTc().isSetTcPr() ? first.getCTTc().getTcPr() : first.getCTTc().addNewTcPr()).addNewGridSpan().setVal(java.math.BigInteger.valueOf(s.columns()));
                for (int k = s.columns() - 1; k >= 1; k--) {
                    row.removeCell(s.column() + k);
                }
            }
        }
    }
}
