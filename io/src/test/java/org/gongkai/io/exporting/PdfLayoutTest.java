package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.importing.read.Rulings;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exported PDF looks like a printed 部门预算公开: a cover, ruled tables whose rules cross no text, amounts set
 * right against their cell's border with thousands separators and two decimals, roll-up rows in bold, project
 * performance tables in readable type. Checked from where the glyphs and rules of the 2023 sample's PDF stand; every
 * page is also rendered to target/pdf-pages/ to be looked at.
 */
class PdfLayoutTest {

    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*\\.\\d+");
    private static final Pattern PRINTED_AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})*\\.\\d{2}");

    private static DepartmentBudget sample;
    private static List<PdfPages.Page> pages;
    private static java.util.Set<PdfPages.Glyph> performance;
    private static float pageWidth;

    @BeforeAll
    static void exportTheSample() throws Exception {
        sample = ModelJson.read(Path.of(PdfLayoutTest.class.getResource("/golden/qhd-etdz-affairs-2023/model.json").toURI()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(PackageContent.of(Drafter.draft(sample), ClassificationCatalog.builtIn()), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            pages = PdfPages.of(pdf);
            performance = new java.util.HashSet<>(performanceTableGlyphs());
            pageWidth = pdf.getPage(0).getMediaBox().getWidth();
            render(pdf, Path.of("target", "pdf-pages"));
        }
    }

    /** Every page as a PNG, for a person to look at; a page without ink would be a broken one. */
    private static void render(PDDocument pdf, Path dir) throws Exception {
        Files.createDirectories(dir);
        PDFRenderer renderer = new PDFRenderer(pdf);
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 100);
            ImageIO.write(image, "png", dir.resolve(String.format("page-%02d.png", i + 1)).toFile());
        }
    }

    @Test
    void theFirstPageIsACoverWithTheDepartmentAndYearCentredInLargeType() {
        PdfPages.Page cover = pages.get(0);
        String name = sample.department().name();
        List<PdfPages.Chunk> titleLines = cover.lines().stream().flatMap(List::stream)
                .filter(c -> c.text().contains(name) || c.text().contains(sample.year() + "年")).toList();
        assertThat(titleLines).as("the cover's title lines").hasSizeGreaterThanOrEqualTo(2);
        assertThat(String.join("", titleLines.stream().map(PdfPages.Chunk::text).toList())).contains(name).contains(sample.year() + "年部门预算");
        for (PdfPages.Chunk line : titleLines) {
            assertThat(line.size()).as(line.text()).isGreaterThanOrEqualTo(20f);
            assertThat((line.left() + line.right()) / 2).as("centre of " + line.text()).isCloseTo(pageWidth / 2, org.assertj.core.data.Offset.offset(2f));
        }
        assertThat(cover.text()).contains("（公开）").doesNotContain("目").doesNotContain("第 1 页");
        assertThat(cover.rules()).as("a cover has no tables").isEmpty();
        assertThat(pages.get(1).text()).as("the contents follow the cover").contains("目 录").doesNotContain("第 1 页");
        assertThat(pages.get(2).text()).contains("第 1 页");
    }

    @Test
    void noRuleCrossesALineOfText() {
        List<String> crossings = new ArrayList<>();
        for (PdfPages.Page page : pages) {
            for (Rulings.Segment rule : page.horizontalRules()) {
                for (PdfPages.Glyph glyph : page.glyphs()) {
                    boolean under = glyph.right() > rule.x1() && glyph.left() < rule.x2();
                    if (under && rule.y1() > glyph.top() && rule.y1() < glyph.bottom()) {
                        crossings.add("第 " + page.number() + " 页 y=" + rule.y1() + " 穿过「" + glyph.text() + "」(" + glyph.top() + "–" + glyph.bottom() + ")");
                    }
                }
            }
        }
        assertThat(crossings).as("rules through text").isEmpty();
        assertThat(pages.stream().mapToLong(p -> p.horizontalRules().size()).sum()).as("the tables are ruled").isGreaterThan(100);
    }

    @Test
    void amountsAreRightAlignedAgainstTheirCellsRightBorder() {
        int checked = 0;
        for (PdfPages.Page page : pages) {
            Map<Float, List<PdfPages.Chunk>> byBorder = new TreeMap<>();
            for (PdfPages.Chunk amount : amounts(page)) {
                Float border = borderRightOf(page, amount);
                assertThat(border).as("第 %d 页「%s」has a cell border to its right", page.number(), amount.text()).isNotNull();
                assertThat(border - amount.right()).as("第 %d 页「%s」sits against its border", page.number(), amount.text())
                        .isBetween(0f, 6f);
                byBorder.computeIfAbsent(border, b -> new ArrayList<>()).add(amount);
                checked++;
            }
            for (List<PdfPages.Chunk> column : byBorder.values()) {
                double spread = column.stream().mapToDouble(PdfPages.Chunk::right).max().orElse(0)
                        - column.stream().mapToDouble(PdfPages.Chunk::right).min().orElse(0);
                assertThat(spread).as("第 %d 页 right edges of %s", page.number(), column.stream().map(PdfPages.Chunk::text).toList())
                        .isLessThanOrEqualTo(1.0);
            }
        }
        assertThat(checked).as("amounts checked").isGreaterThan(50);
    }

    @Test
    void amountsCarryThousandsSeparatorsAndTwoDecimals() {
        List<String> amounts = pages.stream().flatMap(p -> amounts(p).stream()).map(PdfPages.Chunk::text).toList();
        assertThat(amounts).as("收入总计 of table 1").contains("8,900.03").doesNotContain("8900.03");
        assertThat(amounts).as("the assets' 合计 and 家具用具, kept to six decimals in the model")
                .contains("2,413.60", "727.87").doesNotContain("727.87084", "2413.603435");
        assertThat(amounts).hasSizeGreaterThan(50).allSatisfy(a -> assertThat(a).matches(PRINTED_AMOUNT));
    }

    @Test
    void rollUpRowsAreBoldAndReadOnce() {
        List<List<PdfPages.Chunk>> all = pages.stream().flatMap(p -> p.lines().stream()).toList();
        assertThat(all).filteredOn(line -> line.stream().anyMatch(c -> c.text().equals("收入总计"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).allMatch(PdfPages.Chunk::bold));
        assertThat(all).filteredOn(line -> line.stream().anyMatch(c -> c.text().equals("一、一般公共预算拨款收入"))).isNotEmpty()
                .allSatisfy(line -> assertThat(line).noneMatch(PdfPages.Chunk::bold));
        PdfPages.Page tableThree = pageWith("3、部门预算支出总表");
        List<List<PdfPages.Chunk>> lines = tableThree.lines();
        assertThat(lines).filteredOn(line -> line.stream().anyMatch(c -> c.text().equals("201"))).singleElement()
                .satisfies(line -> assertThat(line).allMatch(PdfPages.Chunk::bold));
        assertThat(lines).filteredOn(line -> line.stream().anyMatch(c -> c.text().equals("2010350"))).singleElement()
                .satisfies(line -> assertThat(line).noneMatch(PdfPages.Chunk::bold));
        assertThat(String.join("", pages.stream().map(PdfPages.Page::text).toList())).contains("收入总计").doesNotContain("收收入入");
    }

    @Test
    void performanceTablesAreSetInNinePointOrLarger() {
        List<PdfPages.Glyph> glyphs = List.copyOf(performance);
        assertThat(glyphs).hasSizeGreaterThan(1000);
        assertThat(glyphs).allSatisfy(g -> assertThat(g.size()).as("「%s」", g.text()).isGreaterThanOrEqualTo(9f));
    }

    @Test
    void aPerformanceTableContinuedOnANewPageRepeatsItsIndicatorHeader() {
        int continued = 0;
        boolean inPerformance = false;
        for (PdfPages.Page page : pages) {
            List<List<PdfPages.Chunk>> lines = page.lines();
            String first = lines.isEmpty() ? "" : lines.get(0).get(0).text();
            inPerformance |= page.text().contains("第二部分 预算项目绩效目标") || first.endsWith("绩效目标表");
            if (!inPerformance || page.text().contains("第二部分 预算项目绩效目标")) {
                continue;
            }
            if (first.startsWith("6、")) {
                break;
            }
            if (!first.matches("\\d+、.*绩效目标表")) {
                assertThat(first).as("第 %d 页 goes on with a table", page.number()).isEqualTo("续表");
                assertThat(lines.get(1)).as("第 %d 页 starts inside a performance table", page.number())
                        .extracting(PdfPages.Chunk::text).startsWith("一级指标", "二级指标", "三级指标");
                continued++;
            }
        }
        assertThat(continued).as("performance tables continued on a new page").isPositive();
    }

    /**
     * The amounts in the cells of the tables, those of the project 绩效目标表 aside: there an indicator's value
     * (「10987.64」 平方米) is text, set as text.
     */
    private static List<PdfPages.Chunk> amounts(PdfPages.Page page) {
        return chunks(page, c -> AMOUNT.matcher(c.text()).matches()).stream()
                .filter(c -> performance.stream().noneMatch(g -> g.baseline() == c.baseline() && g.left() == c.left())).toList();
    }

    @Test
    void aCellLongerThanAPageGoesOnOverThePagesWithinTheirMargins() throws Exception {
        String purpose = "甲乙丙丁戊己庚辛壬癸".repeat(600);
        Project wordy = new Project(null, "超长说明项目", null, null, null, null, null, purpose, List.of(), List.of("完成"), List.of());
        DepartmentBudget model = sample.toBuilder().projects(List.of(wordy)).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(PackageContent.of(Drafter.draft(model), ClassificationCatalog.builtIn()), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            float foot = pdf.getPage(0).getMediaBox().getHeight() - 48;
            List<PdfPages.Page> written = PdfPages.of(pdf);
            assertThat(written.stream().flatMap(p -> p.glyphs().stream()).filter(g -> g.text().equals("癸"))).hasSize(600);
            for (PdfPages.Page page : written) {
                assertThat(page.lines()).filteredOn(line -> line.get(0).baseline() > foot)
                        .allSatisfy(line -> assertThat(line).extracting(PdfPages.Chunk::text).first().asString().startsWith("第"));
            }
        }
    }

    private static PdfPages.Page pageWith(String heading) {
        return pages.stream().filter(p -> p.lines().stream().anyMatch(l -> l.size() == 1 && l.get(0).text().equals(heading)))
                .findFirst().orElseThrow();
    }

    /** The chunks inside the cells of a page's ruled tables (between two vertical rules) that pass the filter. */
    private static List<PdfPages.Chunk> chunks(PdfPages.Page page, java.util.function.Predicate<PdfPages.Chunk> filter) {
        return page.lines().stream().flatMap(List::stream).filter(filter).filter(c -> inCell(page, c.left(), c.baseline())).toList();
    }

    private static boolean inCell(PdfPages.Page page, float x, float baseline) {
        boolean left = page.verticalRules().stream().anyMatch(r -> r.x1() <= x && covers(r, baseline));
        boolean right = page.verticalRules().stream().anyMatch(r -> r.x1() >= x && covers(r, baseline));
        return left && right;
    }

    private static Float borderRightOf(PdfPages.Page page, PdfPages.Chunk chunk) {
        return page.verticalRules().stream().filter(r -> r.x1() >= chunk.right() - 0.5f && covers(r, chunk.baseline()))
                .map(Rulings.Segment::x1).min(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean covers(Rulings.Segment vertical, float y) {
        return vertical.y1() <= y && vertical.y2() >= y;
    }

    /** The glyphs of the project 绩效目标表, from the first one's title to 6、政府采购预算情况. */
    private static List<PdfPages.Glyph> performanceTableGlyphs() {
        List<PdfPages.Glyph> glyphs = new ArrayList<>();
        boolean inside = false;
        for (PdfPages.Page page : pages) {
            for (List<PdfPages.Chunk> line : page.lines()) {
                String first = line.get(0).text();
                inside = inside ? !first.startsWith("6、政府采购") : first.matches("1、.*绩效目标表");
                if (!inside) {
                    continue;
                }
                float baseline = line.get(0).baseline();
                page.glyphs().stream().filter(g -> Math.abs(g.baseline() - baseline) < 0.5f).forEach(glyphs::add);
            }
        }
        return glyphs;
    }
}
