package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.gongkai.io.importing.recognise.DocumentNature.Nature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.recognise.DocumentNature;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;

/**
 * Scans read by OCR with the machine's Tesseract and its Chinese model (CI installs them with {@code ./gongkai test}):
 * the corpus's scanned 绩效评价 named for what it is, and a synthetic scan of a budget table read line by line and
 * amount by amount.
 */
class ScanOcrTest {

    private static final String EVALUATION = "hn-changsha-scanned-performance-evaluation-2023-not-a-budget.pdf";

    @BeforeAll
    static void tesseractIsInstalled() {
        assumeTrue(Tesseract.installed().available(), "未安装 Tesseract 中文识别（" + Tesseract.INSTALL + "），跳过 OCR 测试");
    }

    @Test
    void theScannedPerformanceEvaluationIsReadByOcrAndNamedForWhatItIs() throws IOException {
        SourceDocument document = Documents.read(EVALUATION, resource("/scans/" + EVALUATION));

        assertThat(document.ocr().pages()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(document.blocks()).isNotEmpty().allMatch(OcrReading::isOcr);
        assertThat(document.blocks().get(0).where()).isEqualTo("第 1 页（OCR）");
        DocumentNature nature = DocumentNature.of(document);
        assertThat(nature.nature()).isEqualTo(Nature.PERFORMANCE_EVALUATION);
        assertThatThrownBy(() -> Interpreter.interpret(document)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(EVALUATION + " 是扫描的专项资金绩效评价结果，不是部门预算或决算公开文件")
                .hasMessageContaining("第 1–7 页由 OCR 识别").hasMessageNotContaining("空白模板");
    }

    @Test
    void readsTheLinesAndAmountsOfAScannedBudgetTable() throws IOException {
        SourceDocument document = Documents.read("scan.pdf", Scans.pdf(List.of(ScannedBudgets.expenditurePage())));

        assertThat(document.ocr().pages()).containsExactly(1);
        assertThat(document.blocks()).allMatch(OcrReading::isOcr);
        assertThat(texts(document)).contains("某市档案局2024年部门预算", "部门预算支出总表");
        Block.Grid grid = grid(document);
        double read = amountsRead(grid);
        System.out.printf("OCR of a synthetic scanned 支出总表 (PDF): %.0f%% of its 24 amounts read exactly%n", read * 100);
        assertThat(read).isGreaterThanOrEqualTo(0.9);
        // The totals column is printed widest apart from the rest: it reads reliably.
        assertThat(grid.rows()).anyMatch(row -> row.contains("1,330.86")).anyMatch(row -> row.contains("1,000.00"));
    }

    @Test
    void aScannedBudgetTableImportsToItsItems() throws IOException {
        ImportResult imported = Interpreter.interpret(Documents.read("scan.pdf", Scans.pdf(List.of(ScannedBudgets.expenditurePage()))));

        assertThat(imported.model().expenditures()).extracting(l -> l.functionCode().toString(), l -> l.amount().toPlainString())
                .contains(org.assertj.core.groups.Tuple.tuple("2012601", "1000.00"), org.assertj.core.groups.Tuple.tuple("2012604", "234.56"));
    }

    @Test
    void anImageFileIsReadByOcr() throws IOException {
        SourceDocument document = Documents.read("表.png", Scans.png(ScannedBudgets.expenditurePage()));

        assertThat(document.ocr().image()).isTrue();
        assertThat(document.blocks()).isNotEmpty().allSatisfy(b -> assertThat(b.where()).isEqualTo("图片（OCR）"));
        double read = amountsRead(grid(document));
        System.out.printf("OCR of a synthetic scanned 支出总表 (PNG): %.0f%% of its 24 amounts read exactly%n", read * 100);
        assertThat(read).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aScanOfABlankPageIsSaidToHoldNoText() throws IOException {
        BufferedImage blank = Scans.page(List.of(), List.of(), new int[0]);
        SourceDocument document = Documents.read("空白.pdf", Scans.pdf(List.of(blank)));

        assertThat(document.ocr().pages()).containsExactly(1);
        assertThatThrownBy(() -> Interpreter.interpret(document))
                .hasMessage("空白.pdf 是扫描件（第 1 页只有图像），OCR 未识别出文字，不是可读取的部门预算或决算公开文件");
    }

    /** The share of the table's amounts found, exactly as printed, in the row OCR read for them (the header first). */
    private static double amountsRead(Block.Grid grid) {
        List<List<String>> expected = ScannedBudgets.amounts();
        long found = IntStream.range(0, expected.size()).filter(i -> i + 1 < grid.rows().size())
                .mapToLong(i -> expected.get(i).stream().filter(grid.rows().get(i + 1)::contains).count()).sum();
        return (double) found / expected.stream().mapToInt(List::size).sum();
    }

    private static Block.Grid grid(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).findFirst().orElseThrow();
    }

    private static List<String> texts(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text()).toList();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = ScanOcrTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
