package org.gongkai.io.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.classification.CatalogLine;
import org.gongkai.core.classification.InvalidCatalog;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.read.OfficeCensus;
import org.gongkai.io.importing.read.ReadLimits;

/**
 * Reads an official 政府收支分类科目 file — XLSX, XLS or CSV (UTF-8 or GB18030), recognised by content — into the
 * expenditure codes it lists. Income codes (1xx) and 目级 codes below 项 are passed over and counted; a file that is too
 * large, unreadable, or holds formulas is refused whole with the reason and the place.
 */
public final class CatalogFileReader {

    /** An official catalog is about 5,000 rows and under 2 MB; ten times that is not a catalog. */
    public static final ReadLimits LIMITS = new ReadLimits(10L * 1024 * 1024, 1, 200_000, 1);
    private static final int MAX_ROWS = 50_000;
    private static final Pattern COMBINED = Pattern.compile("\\[?(\\d{3,9})\\]?\\s*(\\S.*)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private CatalogFileReader() {
    }

    public static CatalogFile read(String name, byte[] bytes) {
        try {
            LIMITS.requireBytes(name, bytes.length);
            List<Grid> grids = grids(name, bytes);
            return lines(name, grids);
        } catch (ImportException e) {
            throw new InvalidCatalog(name, List.of(e.getMessage()));
        }
    }

    private static List<Grid> grids(String name, byte[] bytes) {
        try {
            if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
                OfficeCensus.requireWorkbookWithin(name, bytes, LIMITS);
                try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    return sheets(name, workbook);
                }
            }
            if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
                try (Workbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    return sheets(name, workbook);
                }
            }
            return List.of(csv(name, bytes));
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCatalog invalid) {
                throw invalid;
            }
            throw new InvalidCatalog(name, List.of("无法读取（应为 XLSX、XLS 或 CSV 格式的目录文件）：" + reason(e)));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<Grid> sheets(String name, Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        List<Grid> grids = new ArrayList<>();
        List<String> formulas = new ArrayList<>();
        int total = 0;
        for (Sheet sheet : workbook) {
            String label = workbook.getNumberOfSheets() == 1 ? null : sheet.getSheetName();
            List<Grid.GridRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (++total > MAX_ROWS) {
                    throw new InvalidCatalog(name, List.of("超过 " + MAX_ROWS + " 行，不是一份分类目录"));
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add((label == null ? "" : "工作表“" + label + "”") + "单元格 "
                                + new CellReference(row.getRowNum(), c).formatAsString() + " 是公式（" + cell.getCellFormula()
                                + "）：目录文件只收填写的文字，请另存为数值后再载入");
                    }
                    cells.add(cell == null || cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell));
                }
                rows.add(new Grid.GridRow(row.getRowNum() + 1, cells));
            }
            grids.add(new Grid(label, rows));
        }
        if (!formulas.isEmpty()) {
            throw new InvalidCatalog(name, formulas);
        }
        return grids;
    }

    private static Grid csv(String name, byte[] bytes) throws IOException {
        String text = decode(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new InvalidCatalog(name, List.of("不是文本文件，也不是 XLSX 或 XLS 工作簿"));
        }
        List<Grid.GridRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(text.lines().limit(5).anyMatch(l -> l.contains("\t")) ? '\t' : ',')
                .setIgnoreSurroundingSpaces(true).build();
        for (CSVRecord record : format.parse(new StringReader(text))) {
            if (rows.size() >= MAX_ROWS) {
                throw new InvalidCatalog(name, List.of("超过 " + MAX_ROWS + " 行，不是一份分类目录"));
            }
            rows.add(new Grid.GridRow((int) record.getRecordNumber(), record.toList()));
        }
        return new Grid(null, rows);
    }

    /** UTF-8 (with or without BOM) when it decodes, else GB18030 — what Excel writes on a Chinese Windows. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static CatalogFile lines(String name, List<Grid> grids) {
        List<CatalogLine> lines = new ArrayList<>();
        int[] skipped = new int[2];
        for (Grid grid : grids) {
            CatalogColumns.of(grid).ifPresent(columns -> read(grid, columns, lines, skipped));
        }
        return new CatalogFile(name, lines, skipped[0], skipped[1]);
    }

    private static void read(Grid grid, CatalogColumns columns, List<CatalogLine> lines, int[] skipped) {
        String currentClass = "";
        String currentSection = "";
        for (Grid.GridRow row : grid.rows()) {
            if (row.number() <= columns.headerRow()) {
                continue;
            }
            String code;
            String name = row.cell(columns.nameColumn()).strip();
            if (columns.split()) {
                String cls = digits(row.cell(columns.codeColumns().get(0)));
                String kuan = digits(row.cell(columns.codeColumns().get(1)));
                String xiang = digits(row.cell(columns.codeColumns().get(2)));
                currentClass = cls.length() == 3 ? cls : currentClass;
                currentSection = kuan.length() == 5 ? kuan : kuan.length() == 2 ? currentClass + kuan
                        : cls.length() == 3 ? "" : currentSection;
                code = xiang.length() == 7 ? xiang : xiang.length() == 2 ? currentSection + xiang : !kuan.isEmpty() ? currentSection : cls;
            } else {
                code = clean(row.cell(columns.codeColumns().get(0)));
                Matcher combined = COMBINED.matcher(code);
                if (combined.matches() && (!DIGITS.matcher(code).matches() || columns.nameColumn() == columns.codeColumns().get(0))) {
                    code = combined.group(1);
                    if (columns.nameColumn() == columns.codeColumns().get(0)) {
                        name = combined.group(2) == null ? "" : combined.group(2).strip();
                    }
                }
            }
            if (!code.matches("\\d.*")) {
                continue;  // a title, a total or a blank row
            }
            if (code.startsWith("1") && DIGITS.matcher(code).matches()) {
                skipped[0]++;
            } else if (code.length() > 7 && DIGITS.matcher(code).matches()) {
                skipped[1]++;
            } else {
                lines.add(new CatalogLine(code, name, row.cell(columns.glossaryColumn()).strip(), grid.place(row)));
            }
        }
    }

    /** A code as people type it into a sheet: 「２０５０１ 」 is 20501 (names keep their full-width brackets). */
    private static String clean(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        text.strip().codePoints().forEach(c -> ascii.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0'
                : c == '［' ? '[' : c == '］' ? ']' : c));
        return ascii.toString();
    }

    private static String digits(String text) {
        String cleaned = clean(text).replaceAll("\\s", "");
        return DIGITS.matcher(cleaned).matches() ? cleaned : "";
    }
}
