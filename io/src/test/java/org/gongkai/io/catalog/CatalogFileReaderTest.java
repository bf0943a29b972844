package org.gongkai.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.classification.CatalogLine;
import org.gongkai.core.classification.InvalidCatalog;
import org.gongkai.core.classification.OfficialCatalog;
import org.junit.jupiter.api.Test;

class CatalogFileReaderTest {

    /** Writes rows into a workbook; a cell starting with '=' becomes a formula, a numeric-looking code a number. */
    static byte[] workbook(Workbook workbook, String sheetName, List<List<String>> rows) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (text.matches("\\d{3,7}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static final List<List<String>> MINISTRY_LAYOUT = List.of(
            List.of("2026年政府收支分类科目"),
            List.of("科目编码", "科目名称", "说明"),
            List.of("101", "税收收入", ""),
            List.of("205", "教育支出", "反映政府教育事务支出。"),
            List.of("20501", "  教育管理事务", ""),
            List.of("2050101", "    行政运行", ""),
            List.of("205010101", "      目级科目", ""),
            List.of("20502", "普通教育", ""),
            List.of("2050201", "学前教育", ""),
            List.of("311", "对企业补助（基本建设）", ""),
            List.of("31101", "资本金注入", ""));

    @Test
    void theMinistrysCodeNameLayoutIsReadAndIncomeAndSubItemCodesArePassedOver() throws IOException {
        CatalogFile file = CatalogFileReader.read("2026目录.xlsx", workbook(new XSSFWorkbook(), "支出", MINISTRY_LAYOUT));

        assertThat(file.lines()).extracting(CatalogLine::code)
                .containsExactly("205", "20501", "2050101", "20502", "2050201", "311", "31101");
        assertThat(file.lines().get(2).name()).isEqualTo("行政运行");
        assertThat(file.lines().get(0).glossary()).isEqualTo("反映政府教育事务支出。");
        assertThat(file.lines().get(5).name()).isEqualTo("对企业补助（基本建设）");
        assertThat(file.lines().get(2).place()).isEqualTo("第 6 行");
        assertThat(file.summary()).isEqualTo("读到 7 个支出科目；跳过收入分类 1 个、项以下科目 1 个");
        assertThat(OfficialCatalog.of(file.name(), 2026, file.lines()).functions()).hasSize(5);
    }

    @Test
    void anOldExcelWorkbookReadsTheSame() throws IOException {
        CatalogFile file = CatalogFileReader.read("2026目录.xls", workbook(new HSSFWorkbook(), "支出", MINISTRY_LAYOUT));

        assertThat(file.lines()).hasSize(7);
    }

    @Test
    void classSectionAndItemInThreeColumnsAreJoinedIntoCodes() throws IOException {
        List<List<String>> rows = List.of(
                List.of("类", "款", "项", "科目名称"),
                List.of("205", "", "", "教育支出"),
                List.of("", "01", "", "教育管理事务"),
                List.of("", "", "01", "行政运行"),
                List.of("", "02", "", "普通教育"),
                List.of("", "", "01", "学前教育"),
                List.of("206", "", "", "科学技术支出"),
                List.of("", "01", "", "科学技术管理事务"));

        CatalogFile file = CatalogFileReader.read("分列.xlsx", workbook(new XSSFWorkbook(), "功能分类", rows));

        assertThat(file.lines()).extracting(CatalogLine::code)
                .containsExactly("205", "20501", "2050101", "20502", "2050201", "206", "20601");
        assertThat(file.lines()).extracting(CatalogLine::name).contains("学前教育", "科学技术管理事务");
    }

    @Test
    void aCsvInGbkWithCodeAndNameInOneColumnAndNoHeaderIsRead() {
        String csv = "[205]教育支出\n[20501]教育管理事务\n[2050101]行政运行\n［２０５０２］普通教育\n";

        CatalogFile file = CatalogFileReader.read("目录.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(file.lines()).extracting(CatalogLine::code).containsExactly("205", "20501", "2050101", "20502");
        assertThat(file.lines()).extracting(CatalogLine::name).containsExactly("教育支出", "教育管理事务", "行政运行", "普通教育");
    }

    @Test
    void aUtf8CsvWithBomAndQuotedNamesIsRead() {
        String csv = "\uFEFF功能科目代码,功能科目名称\n205,教育支出\n20501,\"教育管理事务\"\n2050199,\"其他教育管理事务支出\"\n";

        CatalogFile file = CatalogFileReader.read("目录.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(file.lines()).extracting(CatalogLine::code).containsExactly("205", "20501", "2050199");
    }

    @Test
    void formulasAreRefusedNamingTheirCells() throws IOException {
        List<List<String>> rows = List.of(List.of("科目编码", "科目名称"), List.of("205", "教育支出"), List.of("20501", "=A2&\"管理\""));

        assertThatThrownBy(() -> CatalogFileReader.read("公式.xlsx", workbook(new XSSFWorkbook(), "支出", rows)))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("单元格 B3 是公式")
                .hasMessageContaining("未载入任何内容");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() {
        byte[] fifty = new byte[50 * 1024 * 1024];

        assertThatThrownBy(() -> CatalogFileReader.read("大文件.xlsx", fifty))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("超过 10 MB 上限");
    }

    @Test
    void aBrokenWorkbookIsRefusedWithTheReason() {
        byte[] broken = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5};

        assertThatThrownBy(() -> CatalogFileReader.read("坏文件.xlsx", broken))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("无法读取");
    }

    @Test
    void aSheetWithoutCodesGivesNoLinesAndTheCatalogSaysItIsNotOne() throws IOException {
        List<List<String>> rows = List.of(List.of("姓名", "电话"), List.of("张三", "一二三"));

        CatalogFile file = CatalogFileReader.read("通讯录.xlsx", workbook(new XSSFWorkbook(), "表", rows));

        assertThat(file.lines()).isEmpty();
        assertThatThrownBy(() -> OfficialCatalog.of(file.name(), 2026, file.lines())).hasMessageContaining("没有支出功能分类科目");
    }

    @Test
    void binaryGarbageIsNotTakenForACsv() {
        byte[] garbage = new byte[1000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[10] = 0;

        assertThatThrownBy(() -> CatalogFileReader.read("乱码.csv", garbage)).isInstanceOf(InvalidCatalog.class);
    }
}
