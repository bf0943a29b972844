package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.server.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * What a citizen found wrong in the portal (issue 26, point 5), read in a browser: the search finds the “三公”经费 by the
 * words a reader types, with amounts, one result per department-year; two departments are compared side by side
 * without a 增减; a region's years say when their departments differ; a wrong address answers in Chinese; no rule id
 * or model name is shown. A desktop and a phone class run it; screenshots go under /tmp/portal-shots.
 */
abstract class CitizenReadingJourney extends BrowserTest {

    /** The name screenshots carry: desktop or phone. */
    abstract String screen();

    private void search(String query) {
        page.navigate(url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    }

    private void shot(String name) {
        // The window only: a full page of a department's nine tables takes a loaded machine longer than a test waits.
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/portal-shots", screen() + "-" + name + ".png")).setTimeout(60_000));
    }

    @Test
    void threePublicSpendingIsFoundAsTheReaderWritesItWithItsAmountAndLeadsToItsRow() {
        search("三公经费");
        shot("search-three-public");
        // browser tests share one database: whichever departments it holds, every hit is a “三公” table of its own year
        List<String> places = page.locator("#hits > li > .muted").allTextContents();
        assertThat(places).isNotEmpty().doesNotHaveDuplicates().allSatisfy(meta -> assertThat(meta).contains("三公"));
        Locator first = page.locator("#hits > li").first();
        assertThat(first.locator(".badge").textContent()).isEqualTo("三公");
        assertThat(first.locator("a").first().textContent()).contains("三公").contains("经费");
        assertThat(first.locator(".amount").first().textContent()).matches("[\\d,.]+ 万元");
        first.locator("a").first().click();
        page.waitForURL("**/d/*/*#*");
        String anchor = page.url().substring(page.url().indexOf('#'));
        assertThat(page.locator(anchor).textContent()).contains("三公");
        assertThat(page.locator(anchor).isVisible()).isTrue();
    }

    @Test
    void theReceptionLineOfTheThreePublicTableIsFound() {
        search("公务接待费");
        shot("search-reception");
        Locator hits = page.locator("#hits > li");
        assertThat(hits.count()).isPositive();
        assertThat(hits.first().locator(".badge").textContent()).isEqualTo("三公");
        assertThat(hits.first().locator("a").first().textContent()).isEqualTo("公务接待费");
        assertThat(hits.first().locator(".amount").first().textContent()).endsWith("万元");
    }

    @Test
    void aDepartmentYearIsOneResultItsOtherPassagesBesideIt() {
        search("经费");
        shot("search-grouped");
        List<String> places = page.locator("#hits > li > .muted").allTextContents().stream()
                .map(meta -> meta.substring(0, meta.lastIndexOf('·')).strip()).toList();
        assertThat(places).isNotEmpty().doesNotHaveDuplicates();
        Locator more = page.locator("#hits details.more").first();
        assertThat(more.locator("summary").textContent()).contains("另有");
        more.locator("summary").click();
        assertThat(more.locator("li").first().isVisible()).isTrue();
    }

    @Test
    void twoDepartmentsAreSideBySideWithoutAChangeOneDepartmentOverItsYearsWithIt() {
        page.navigate(url("/compare?a=434&b=442&year=2020"));
        shot("compare-two");
        assertThat(page.locator("#comparison thead").textContent()).doesNotContain("增减");
        assertThat(page.locator("#comparison td.change").count()).isZero();
        assertThat(page.locator("main").textContent()).contains("不计算增减");
        page.navigate(url("/compare?department=430"));
        assertThat(page.locator("#comparison thead").textContent()).contains("增减");
    }

    @Test
    void aRegionsYearsSayWhenTheirDepartmentsDiffer() {
        page.navigate(url("/region/130371"));
        shot("region-years");
        Locator note = page.locator("#series-note");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.textContent()).contains("不尽相同").contains("年");
        assertThat(page.locator("#series-all tbody tr").count()).isGreaterThan(1);
    }

    @Test
    void aWrongAddressAnswersInChineseToABrowserAndToAProgram() {
        for (String path : List.of("/no-such-page", "/d/430/two-thousand", "/region/none")) {
            page.navigate(url(path));
            String text = page.locator("body").textContent();
            assertThat(text).as(path).doesNotContain("Whitelabel").doesNotContain("Not Found").doesNotContain("Bad Request")
                    .containsPattern("没有|不正确");
        }
        shot("not-found");
        APIResponse missing = page.request().get(url("/api/public/no-such"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("没有这个页面").doesNotContain("Not Found");
        APIResponse malformed = page.request().get(url("/api/public/departments/430/two-thousand"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).contains("不正确").doesNotContain("Bad Request");
    }

    @Test
    void citizensSeeNeitherRuleIdsNorTheModelsName() {
        page.navigate(url("/d/430/2023"));
        shot("department");
        String shown = page.locator("main").innerText();
        assertThat(shown).doesNotContainPattern("R-[A-Z]+-\\d+").doesNotContain("模型").doesNotContain("JSON 接口");
        assertThat(page.locator("#downloads").textContent()).contains("数据下载（JSON）");
        page.navigate(url("/rules"));
        shot("rules");
        assertThat(page.locator("main").innerText()).doesNotContainPattern("R-[A-Z]+-\\d+").doesNotContain("（SUM）");
    }
}
