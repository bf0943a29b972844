package org.gongkai.io.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.importing.source.ImportException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder made from the samples, generated packages in every format, broken files and duplicates: every file is
 * one row, the readable ones are scored, the batch never stops.
 */
class InspectionTest {

    @TempDir
    static Path folder;

    static final List<String> SAMPLES = org.gongkai.io.SampleModels.SAMPLES;

    @BeforeAll
    static void folderOfDocuments() throws Exception {
        for (String sample : SAMPLES) {
            Files.copy(Path.of(InspectionTest.class.getResource("/golden/" + sample + "/input.txt").toURI()),
                    folder.resolve(sample + ".txt"));
        }
        Files.createDirectories(folder.resolve("generated"));
        int seed = 1;
        for (Exporter.Format format : List.of(Exporter.Format.xlsx, Exporter.Format.docx, Exporter.Format.pdf, Exporter.Format.json)) {
            DepartmentBudget random = ValidPackages.random(seed++, 15);
            DepartmentBudget model = new DepartmentBudget(random.year(), new Department("90" + seed, "秦皇岛市第" + seed + "测试局"), random.units(),
                    random.incomes(), random.expenditures(), random.basicEconomic(), random.carryForward(), random.threePublic(),
                    random.threePublicLastYear(), random.operatingCost(), random.projects(), random.performance(),
                    random.procurement(), random.assets(), random.narrative(), random.previousYear());
            Exporter.Download file = Exporter.download(model, format);
            Files.write(folder.resolve("generated").resolve("random-" + seed + "." + format), file.bytes());
        }
        Files.write(folder.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.write(folder.resolve("bomb.docx"), zipBomb());
        Files.write(folder.resolve("picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Files.writeString(folder.resolve("notes.txt"), "这不是预算公开文件，只是一段说明。");
        Files.copy(folder.resolve("qhd-etdz-affairs-2023.txt"), folder.resolve("副本.txt"));
        Files.writeString(folder.resolve(".hidden"), "not a document");
        Files.writeString(folder.resolve("dates.csv"), "文件,批复日期,公开日期\nqhd-etdz-affairs-2023.txt,2023-01-20,2023-02-06\n"
                + "qhd-etdz-office-2020.txt,2020-01-10,2020-03-01\n");
    }

    private static InspectionReport inspect(Path path) {
        Batch batch = Batch.open(path);
        try {
            Timeliness dates = Files.exists(folder.resolve("dates.csv")) ? Timeliness.read(folder.resolve("dates.csv")) : Timeliness.none();
            return Inspection.run(batch, dates, 2, (done, total) -> { });
        } finally {
            batch.close();
        }
    }

    private static Scorecard card(InspectionReport report, String file) {
        return report.documents().stream().filter(c -> c.file().equals(file)).findFirst().orElseThrow(() -> new AssertionError(file));
    }

    @Test
    void everyFileIsOneRowAndUnreadableOnesSayWhy() {
        InspectionReport report = inspect(folder);
        assertThat(report.documents()).hasSize(12);
        assertThat(report.documents()).extracting(Scorecard::file).doesNotContain(".hidden", "dates.csv");
        assertThat(card(report, "broken.docx").status()).isEqualTo(Scorecard.Status.UNREADABLE);
        assertThat(card(report, "broken.docx").reason()).contains("broken.docx");
        assertThat(card(report, "bomb.docx").reason()).contains("压缩炸弹");
        assertThat(card(report, "picture.png").reason()).contains("picture.png");
        assertThat(card(report, "notes.txt").status()).isEqualTo(Scorecard.Status.UNREADABLE);
        assertThat(report.summary().unreadable()).isEqualTo(4);
        assertThat(report.documents()).filteredOn(c -> c.status() == Scorecard.Status.UNREADABLE)
                .allSatisfy(c -> assertThat(c.score()).isEqualByComparingTo("0"));
    }

    @Test
    void aCopyIsReportedAsTheDuplicateOfTheFirstFile() {
        InspectionReport report = inspect(folder);
        Scorecard copy = card(report, "副本.txt");
        assertThat(copy.status()).isEqualTo(Scorecard.Status.DUPLICATE);
        assertThat(copy.reason()).contains("qhd-etdz-affairs-2023.txt");
        assertThat(card(report, "qhd-etdz-affairs-2023.txt").status()).isEqualTo(Scorecard.Status.CHECKED);
        assertThat(report.summary().ranking()).extracting(InspectionReport.Ranked::file).doesNotContain("副本.txt");
    }

    @Test
    void generatedPackagesInEveryFormatAreCompleteConsistentAndScoreFull() {
        InspectionReport report = inspect(folder);
        List<Scorecard> generated = report.documents().stream().filter(c -> c.file().startsWith("generated/")).toList();
        assertThat(generated).hasSize(4).allSatisfy(c -> {
            assertThat(c.status()).as(c.file()).isEqualTo(Scorecard.Status.CHECKED);
            assertThat(c.count(Severity.ERROR)).as(c.file() + " " + c.findings()).isZero();
            assertThat(c.completeness()).as(c.file()).allSatisfy(i -> assertThat(i.credit()).as(i.name() + " " + i.state())
                    .isEqualByComparingTo(BigDecimal.ONE));
        });
    }

    @Test
    void theSamplesAreScoredByTheDocumentedFormula() {
        InspectionReport report = inspect(folder);
        Scorecard affairs = card(report, "qhd-etdz-affairs-2023.txt");
        assertThat(affairs.departmentName()).isEqualTo("秦皇岛经济技术开发区机关事务服务中心");
        assertThat(affairs.timeliness().verdict()).isEqualTo(Timeliness.Verdict.ON_TIME);
        double c = affairs.completenessRatio().doubleValue();
        java.util.Map<String, Long> perRule = new java.util.TreeMap<>();
        affairs.findings().forEach(f -> perRule.merge(f.rule(), f.severity() == Severity.ERROR ? 10L
                : f.severity() == Severity.WARNING ? 3L : 0L, Long::sum));
        double k = Math.max(0, 100 - perRule.values().stream().mapToLong(p -> Math.min(20, p)).sum()) / 100.0;
        assertThat(affairs.score().doubleValue()).isCloseTo(100 * (0.4 * c + 0.4 * k + 0.2), org.assertj.core.data.Offset.offset(0.05));
        assertThat(affairs.count(Severity.ERROR)).isPositive();

        Scorecard office = card(report, "qhd-etdz-office-2020.txt");
        assertThat(office.timeliness().verdict()).isEqualTo(Timeliness.Verdict.LATE);
        assertThat(office.timeliness().daysLate()).isEqualTo(31);
        Scorecard approval = card(report, "qhd-etdz-approval-2020.txt");
        assertThat(approval.timeliness().verdict()).isEqualTo(Timeliness.Verdict.UNKNOWN);
        assertThat(office.completeness()).filteredOn(i -> i.group().equals("九张表")).hasSize(9);
    }

    @Test
    void oneChecklistItemTakesAtMostTwentyPointsHoweverManyRowsItFindsWrong() {
        List<org.gongkai.core.rules.Finding> thirtyRows = java.util.stream.IntStream.range(0, 30).mapToObj(i ->
                new org.gongkai.core.rules.Finding("R-SUM-05", Severity.ERROR, "合计不等于基本支出加项目支出", "表3 第" + i + "行")).toList();
        assertThat(Scorecard.consistencyPoints(thirtyRows)).isEqualTo(80);
        List<org.gongkai.core.rules.Finding> threeItems = List.of(
                new org.gongkai.core.rules.Finding("R-SUM-05", Severity.ERROR, "m", "l"),
                new org.gongkai.core.rules.Finding("R-TXT-22", Severity.ERROR, "m", "l"),
                new org.gongkai.core.rules.Finding("R-PERF-07", Severity.WARNING, "m", "l"));
        assertThat(Scorecard.consistencyPoints(threeItems)).isEqualTo(77);
    }

    @Test
    void theRankingIsByScoreAndTheFrequentFindingsCountDocuments() {
        InspectionReport report = inspect(folder);
        List<BigDecimal> scores = report.summary().ranking().stream().map(InspectionReport.Ranked::score).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        long departmentYears = report.documents().stream().filter(c -> c.status() == Scorecard.Status.CHECKED)
                .map(Scorecard::departmentYear).distinct().count();
        assertThat(report.summary().ranking()).hasSize((int) departmentYears);
        assertThat(report.summary().frequentFindings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.documents()).isLessThanOrEqualTo(f.occurrences());
            assertThat(f.description()).isNotBlank();
        });
    }

    @Test
    void aZipOfTheFolderGivesTheSameScores() throws Exception {
        Path zip = folder.resolveSibling(folder.getFileName() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(file).toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        Map<String, BigDecimal> fromFolder = inspect(folder).documents().stream()
                .collect(Collectors.toMap(Scorecard::file, Scorecard::score));
        Map<String, BigDecimal> fromZip = inspect(zip).documents().stream().collect(Collectors.toMap(Scorecard::file, Scorecard::score));
        assertThat(fromZip).isEqualTo(fromFolder);
    }

    @Test
    void aDocumentThatNeverFinishesIsSkippedWithTheReasonAndTheBatchGoesOn() throws Exception {
        Path slow = Files.createDirectories(folder.resolveSibling("slow"));
        Files.copy(folder.resolve("qhd-etdz-affairs-2023.txt"), slow.resolve("a.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<Batch.Document> documents = new java.util.ArrayList<>(Batch.open(slow).documents());
        documents.add(new Batch.Document("stuck.pdf", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[0];
        }));
        Batch batch = Batch.of(documents);
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        InspectionReport report = Inspection.run(batch, Timeliness.none(), 2, (done, total) -> seen.put(done, total),
                java.time.Duration.ofSeconds(8));
        assertThat(card(report, "stuck.pdf").reason()).contains("秒仍未读完");
        assertThat(card(report, "a.txt").status()).isEqualTo(Scorecard.Status.CHECKED);
        assertThat(seen.keySet()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void progressIsToldForEveryDocument() {
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        Batch batch = Batch.open(folder);
        Inspection.run(batch, Timeliness.none(), 3, (done, total) -> seen.put(done, total));
        assertThat(seen.keySet()).hasSize(12);
        assertThat(seen.values()).containsOnly(12);
    }

    @Test
    void theReportsCarryEveryDocumentAndFinding() throws Exception {
        InspectionReport report = inspect(folder);
        int findings = report.documents().stream().mapToInt(c -> c.findings().size()).sum();

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.xlsx, xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(workbook.getSheet("文档").getLastRowNum()).isEqualTo(12);
            assertThat(workbook.getSheet("问题").getLastRowNum()).isEqualTo(findings);
            assertThat(workbook.getSheet("排名").getLastRowNum()).isEqualTo(report.summary().ranking().size());
        }

        ByteArrayOutputStream html = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.html, html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertThat(page).contains("<table id=\"documents\" class=\"sortable\">").contains("href=\"#findings-")
                .contains("broken.docx").doesNotContain("<script>alert");
        Scorecard withFindings = report.documents().stream().filter(c -> !c.findings().isEmpty()).findFirst().orElseThrow();
        assertThat(page).contains("id=\"f-" + withFindings.number() + "-1\"")
                .contains("<a href=\"#findings-" + withFindings.number() + "\">");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.json, json);
        JsonNode root = new ObjectMapper().readTree(json.toByteArray());
        assertThat(root.get("documents")).hasSize(12);
        assertThat(root.get("summary").get("ranking")).hasSize(report.summary().ranking().size());
    }

    @Test
    void aJsonReportReadsBackToTheSameReport() throws Exception {
        InspectionReport report = inspect(folder);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.json, json);
        assertThat(ReportWriters.readJson(json.toString(StandardCharsets.UTF_8))).isEqualTo(report);
    }

    @Test
    void aMissingFolderOrABrokenZipIsRefusedByName() throws Exception {
        assertThatThrownBy(() -> Batch.open(folder.resolve("nope"))).isInstanceOf(ImportException.class).hasMessageContaining("nope");
        Path bad = Files.writeString(folder.resolveSibling("bad.zip"), "not a zip");
        assertThatThrownBy(() -> Batch.open(bad)).isInstanceOf(ImportException.class).hasMessageContaining("bad.zip");
        assertThatThrownBy(() -> ReportWriters.formatOf("report.doc")).hasMessageContaining(".xlsx");
    }

    static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

}
