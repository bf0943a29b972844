package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.workflow.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The portal on a phone (390×844, touch), as a citizen reads it: nothing scrolls sideways, names stay readable,
 * 三公 is one tap away, figures say how they changed and what they mean. Each page is saved as
 * target/screenshots/phone-*.png to be looked at.
 */
class PortalPhoneTest extends BrowserTest {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    @Autowired
    DisclosureRepository repository;
    @Autowired
    ApplicationEventPublisher events;

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(WIDTH, HEIGHT).setIsMobile(true).setHasTouch(true);
    }

    /** Each public page, by the name of its screenshot. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("home", "/?year=2023"),
                Arguments.of("department", "/d/430/2023"),
                Arguments.of("department-text-only", "/d/442/2020"),
                Arguments.of("region", "/region/130371?year=2020"),
                Arguments.of("compare", "/compare?a=434&b=442&year=2020"),
                Arguments.of("compare-years", "/compare?department=430"),
                Arguments.of("search", "/search?q=经费"),
                Arguments.of("rules", "/rules"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void noPageScrollsSidewaysOnAPhone(String name, String path) {
        load(path);
        screenshot("phone-" + name);
        System.out.println("phone page " + path + " as loaded: " + size());
        openEverything();
        Map<String, Object> size = size();
        System.out.println("phone page " + path + " all open: " + size);
        assertThat(((Number) size.get("scroll")).intValue()).as(path + " is wider than the phone: " + size)
                .isLessThanOrEqualTo(((Number) size.get("client")).intValue());
    }

    /** A header hidden for the eye (a table shown as cards) is for screen readers and is not measured. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void noTableCellOnAPhoneIsNarrowerThanFourCharacters(String name, String path) {
        load(path);
        openEverything();
        @SuppressWarnings("unchecked")
        List<String> narrow = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('main td, main th'))"
                + ".filter(c => c.getClientRects().length > 0 && !(c.closest('thead') && c.closest('thead').clientWidth <= 1))"
                + ".filter(c => (c.textContent.match(/\\p{Script=Han}/gu) || []).length >= 4)"
                + ".map(c => { const s = getComputedStyle(c); return [c.textContent.trim().slice(0, 16), c.clientWidth"
                + " - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight), parseFloat(s.fontSize)]; })"
                + ".filter(([text, width, font]) => width < 4 * font - 1).map(([text, width]) => text + ' (' + width + ' px)')");
        assertThat(narrow).as("cells of %s that wrap a Chinese text into fewer than four characters a line", path).isEmpty();
    }

    private void load(String path) {
        page.navigate(url(path));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> size() {
        return (Map<String, Object>) page.evaluate("() => ({scroll: document.documentElement.scrollWidth, "
                + "client: document.documentElement.clientWidth, height: document.documentElement.scrollHeight})");
    }

    /** Every fold, chart and project open, as a reader who opens them all sees the page. */
    private void openEverything() {
        page.evaluate("() => { document.querySelectorAll('details').forEach(d => d.open = true); "
                + "document.querySelectorAll('button.expand').forEach(b => b.click()); }");
    }

    @Test
    void aDepartmentNameOnTheHomeTableIsAtLeastFourCharactersWide() {
        page.navigate(url("/?year=2023"));
        Locator name = page.locator("#departments tbody th").first();
        double[] widthAndFont = contentWidthAndFontSize(name);
        assertThat(widthAndFont[0]).as("name cell width (font %s px)", widthAndFont[1]).isGreaterThanOrEqualTo(4 * widthAndFont[1]);
    }

    @Test
    void theRegionRankingShowsWholeDepartmentNames() {
        page.navigate(url("/region/130371?year=2020"));
        Locator names = page.locator("#three-public-ranking tbody a");
        assertThat(names.count()).isEqualTo(2);
        for (int i = 0; i < names.count(); i++) {
            Locator link = names.nth(i);
            assertThat(link.textContent()).startsWith("秦皇岛经济技术开发区");
            assertThat((Boolean) link.evaluate("a => a.scrollWidth <= a.clientWidth + 1 && a.getBoundingClientRect().right <= "
                    + WIDTH)).as("the whole name shows: " + link.textContent()).isTrue();
            assertThat(contentWidthAndFontSize(link.locator("xpath=..")))
                    .satisfies(w -> assertThat(w[0]).isGreaterThanOrEqualTo(4 * w[1]));
        }
        screenshot("phone-region-ranking");
    }

    @Test
    void tappingTheThreePublicLinkBringsThatSectionIntoView() {
        page.navigate(url("/d/430/2023"));
        Locator section = page.locator("#three-public");
        assertThat(section.boundingBox().y).as("三公 starts below the first screen").isGreaterThan(HEIGHT);
        page.locator("nav.sections a[href='#three-public']").tap();
        page.waitForFunction("() => { const r = document.querySelector('#three-public').getBoundingClientRect(); "
                + "return r.top >= 0 && r.top < " + HEIGHT / 2 + "; }");
        BoundingBox nav = page.locator("nav.sections").boundingBox();
        BoundingBox heading = page.locator("#three-public h2").boundingBox();
        assertThat(nav.y).as("the section links stay at the top").isBetween(-1.0, 1.0);
        assertThat(heading.y).as("the heading is not under the section links").isGreaterThanOrEqualTo(nav.y + nav.height - 1);
        screenshot("phone-department-three-public");
    }

    @Test
    void aLongTableIsFoldedAndOpensWhole() {
        page.navigate(url("/d/442/2020"));
        Locator findings = page.locator("#findings tbody tr");
        int rows = findings.count();
        assertThat(rows).isGreaterThan(10);
        Locator expand = page.locator("#findings button.expand");
        assertThat(expand.textContent()).contains("展开全部");
        assertThat(findings.nth(rows - 1).isVisible()).isFalse();
        expand.tap();
        assertThat(findings.nth(rows - 1).isVisible()).isTrue();
        assertThat(expand.textContent()).contains("收起");
    }

    @Test
    void searchingForARowLandsOnItEvenInAFoldedTable() {
        page.navigate(url("/search?q=2080505"));
        page.locator("#hits a").first().tap();
        page.waitForURL("**/d/**#t*-*");
        String anchor = page.url().substring(page.url().indexOf('#'));
        Locator row = page.locator(anchor);
        row.waitFor();
        assertThat(row.isVisible()).isTrue();
        BoundingBox box = row.boundingBox();
        assertThat(box.y).isBetween(0.0, (double) HEIGHT);
    }

    @Test
    void headlineCardsShowTheChangeFromAPublishedPreviousYear() {
        DepartmentBudget before = budget(2022, 151, ThreePublicAmounts.NONE);
        DepartmentBudget after = budget(2023, 152, new ThreePublicAmounts(null, new BigDecimal("3.00"), null,
                new BigDecimal("12.50"), new BigDecimal("1.20")));
        publish(before);
        publish(after);

        page.navigate(url("/d/778/2023"));
        assertThat(page.locator("#headline-total .change").textContent().strip())
                .isEqualTo("比2022年 " + signed(percent(before.figures().expenditureTotal(), after.figures().expenditureTotal())));
        assertThat(page.locator("#headline-three-public .change").textContent().strip()).isEqualTo("新增");
        screenshot("phone-department-headlines");
        page.navigate(url("/d/778/2022"));
        assertThat(page.locator("#headline-total").textContent()).doesNotContain("比");
        assertThat(page.locator(".headline .change").count()).isZero();
    }

    @Test
    void headlineFiguresSayWhatBasicProjectAndThreePublicSpendingAre() {
        page.navigate(url("/d/430/2023"));
        var catalog = org.gongkai.core.classification.ClassificationCatalog.builtIn().forYear(2023);
        for (String[] card : new String[][] {{"basic", "BASIC_EXPENDITURE"}, {"project", "PROJECT_EXPENDITURE"},
            {"three-public", "THREE_PUBLIC"}}) {
            Locator question = page.locator("#headline-" + card[0] + " details.explain");
            question.locator("summary").tap();
            assertThat(question.locator("p").textContent()).isEqualTo(catalog.glossaryTerm(card[1]).orElseThrow().glossary());
        }
    }

    @Test
    void chartsAreOpenWhenThePageLoads() {
        page.navigate(url("/d/430/2023"));
        for (Locator box : page.locator("details.chart-box").all()) {
            assertThat(box.getAttribute("open")).as(box.getAttribute("id")).isNotNull();
        }
        page.locator("#chart-class canvas").waitFor();
        page.locator("#chart-trend canvas").waitFor();
    }

    @Test
    void downloadLabelsSayWhatACitizenGetsInChinese() {
        page.navigate(url("/d/430/2023"));
        Locator downloads = page.locator("#downloads a[data-format]");
        assertThat(downloads.allTextContents()).allSatisfy(label -> assertThat(label).containsPattern("\\p{IsHan}"));
        assertThat(page.locator("#downloads a[data-format=xlsx]").textContent()).contains("Excel 表格");
        assertThat(page.locator("#downloads a[data-format=docx]").textContent()).contains("Word 文档");
        assertThat(page.locator("#downloads a[data-format=pdf]").textContent()).contains("PDF 文件");
        assertThat(page.locator("#downloads a[data-format=html]").textContent()).contains("网页");
        assertThat(page.locator("#downloads").textContent()).contains("开放数据").doesNotContain("FDP");
        page.locator("nav.sections a[href='#downloads']").tap();
        page.waitForFunction("() => Math.abs(document.querySelector('#downloads').getBoundingClientRect().top) < " + HEIGHT / 4);
        screenshot("phone-department-downloads");
    }

    @Test
    void theRulesLinkLeadsToThePublicRulesPage() {
        page.navigate(url("/d/430/2023"));
        page.locator("#findings a", new Page.LocatorOptions().setHasText("规则说明")).tap();
        page.waitForURL("**/rules");
        assertThat(page.locator("h1").textContent()).contains("检查规则");
        var first = RuleRegistry.all().get(0);
        assertThat(page.locator("#" + first.id()).textContent()).contains(first.description());
        assertThat(page.locator("table.rules tbody tr").count()).isEqualTo(RuleRegistry.all().size());
        assertThat(page.content()).doesNotContain("swagger");
    }

    /** The width a cell gives its text (its box less padding) and its font size, in CSS pixels. */
    private static double[] contentWidthAndFontSize(Locator cell) {
        @SuppressWarnings("unchecked")
        List<Number> measured = (List<Number>) cell.evaluate("e => { const s = getComputedStyle(e); return [e.clientWidth "
                + "- parseFloat(s.paddingLeft) - parseFloat(s.paddingRight), parseFloat(s.fontSize)]; }");
        return new double[] {measured.get(0).doubleValue(), measured.get(1).doubleValue()};
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-full.png")).setFullPage(true));
    }

    /** A small balanced budget of department 778 with the given "三公" amounts. */
    private static DepartmentBudget budget(int year, long seed, ThreePublicAmounts threePublic) {
        DepartmentBudget random = Budgets.randomBalanced(seed, 6, year);
        var builder = DepartmentBudget.builder(year, new Department("778", "秦皇岛经济技术开发区城市管理综合行政执法局"))
                .incomes(random.incomes()).expenditures(random.expenditures()).basicEconomic(random.basicEconomic());
        if (threePublic != ThreePublicAmounts.NONE) {
            builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, threePublic);
        }
        return builder.build();
    }

    private void publish(DepartmentBudget model) {
        repository.ensureDepartment("778", model.department().name(), "130371");
        if (repository.current("778", model.year()).isPresent()) {
            return;
        }
        long id = repository.create("778", model.year(), ModelJson.write(model), null);
        repository.markPublished(id);
        events.publishEvent(new Published("778", model.year(), 1));
    }

    private static BigDecimal percent(BigDecimal before, BigDecimal after) {
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
