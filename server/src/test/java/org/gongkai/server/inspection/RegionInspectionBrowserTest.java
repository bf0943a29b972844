package org.gongkai.server.inspection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inspector's region inspection in a real browser, on a desktop and on a 390×844 phone: she uploads the region's zip
 * with its roster and dates, follows the job to its end, reads the region's findings and one document's report with its
 * page numbers, and downloads the 通报 and 整改清单 zip. Screenshots of the finished page go to /tmp.
 */
class RegionInspectionBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    Users users;
    @TempDir
    Path temp;

    private boolean phone;

    @BeforeAll
    void inspector() {
        users.create("w-inspector", PASSWORD, Role.REVIEWER, null, "130371");
    }

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return phone ? super.contextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true) : super.contextOptions();
    }

    @Test
    void onADesktopAnInspectorDoesTheWholeRegionInspectionAndABadRosterIsRefusedByItsLine() throws Exception {
        phone = false;
        signInAs("w-inspector", PASSWORD);
        refusesABadRoster();
        journey("desktop");
    }

    @Test
    void onAPhoneAnInspectorDoesTheWholeRegionInspectionAndThePageNeverScrollsSideways() throws Exception {
        phone = true;
        signInAs("w-inspector", PASSWORD);
        journey("phone");
        Object wide = page.evaluate("() => { document.querySelectorAll('details').forEach(d => d.open = true); "
                + "return document.documentElement.scrollWidth - document.documentElement.clientWidth; }");
        assertThat(((Number) wide).intValue()).as("the page is no wider than the phone").isLessThanOrEqualTo(1);
    }

    private void refusesABadRoster() throws Exception {
        page.navigate(url("/work/inspect"));
        Path roster = Files.writeString(temp.resolve("roster.csv"), "编码,名称,级次,上级编码\nP01,某部门,部门,\nP0101,某单位,科室,P01\n");
        page.locator("input[name=file]").setInputFiles(RegionUpload.zipFile(temp));
        page.locator("input[name=roster]").setInputFiles(roster);
        button("开始检查").click();
        page.waitForURL("**/work/inspect");
        assertThat(page.locator(".flash.error")).containsText("第 3 行");
        assertThat(page.locator(".flash.error")).containsText("roster.csv");
    }

    private void journey(String device) throws Exception {
        page.navigate(url("/work/inspect"));
        Path folder = Files.createDirectories(temp.resolve(device));
        page.locator("input[name=file]").setInputFiles(RegionUpload.zipFile(folder));
        page.locator("input[name=roster]").setInputFiles(Files.write(folder.resolve("roster.csv"), RegionUpload.roster()));
        page.locator("input[name=dates]").setInputFiles(Files.write(folder.resolve("dates.csv"), RegionUpload.dates()));
        button("开始检查").click();
        page.waitForURL("**/work/inspect/*");
        page.locator("#done").waitFor(new Locator.WaitForOptions().setTimeout(600_000));

        countsAddUp();
        regionSection();
        documentReport();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/inspectweb-" + device + ".png")).setFullPage(true));
        bulletinZip();
    }

    /** 6 files: 4 checked (the party office's two files as one), 1 duplicate, 1 part — and the page says so. */
    private void countsAddUp() {
        String done = page.locator("#done").textContent().replaceAll("\\s+", "");
        assertThat(done).contains("共6份", "已检查4", "重复1", "合并检查1");
    }

    private void regionSection() {
        Locator region = page.locator("#region");
        assertThat(region.locator("#region-missing")).containsText("应公开未公开");
        assertThat(region).containsText("上海市普陀区财政局");
        assertThat(region.locator("#region-late")).containsText("逾期公开");
        assertThat(region).containsText("逾期 29 日");
        assertThat(region.locator("#region-misfiled")).containsText("文件与所在部门");
        assertThat(region.locator("#region-same-document")).isVisible();
        Locator twice = region.locator("table").filter(new Locator.FilterOptions().setHasText("江苏省人民检察院/2019年部门预算.pdf"))
                .filter(new Locator.FilterOptions().setHasText("江苏省高级人民法院/2019年部门预算.pdf"));
        assertThat(twice.first()).isVisible();
        assertThat(region).not().containsText("R-X-11 应公开"); // the message without its rule id before it
    }

    /** The commerce budget's report opened: its findings, each with the page it is on. */
    private void documentReport() {
        Locator commerce = page.locator("details.document-report").filter(new Locator.FilterOptions()
                .setHasText("上海市普陀区商务委员会/2025年部门预算.pdf")).first();
        commerce.locator("summary").click();
        Locator pages = commerce.locator("td.page");
        assertThat(pages.first()).isVisible();
        List<String> shown = pages.allTextContents();
        assertThat(shown).anyMatch(p -> p.matches("第 \\d+ 页"));
    }

    private void bulletinZip() throws Exception {
        Download download = page.waitForDownload(() -> page.locator("#bulletin").click());
        byte[] zip = Files.readAllBytes(download.path());
        List<String> entries = new ArrayList<>();
        String bulletin = "";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals("通报.docx")) {
                    try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(in.readAllBytes()));
                         var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
                        bulletin = text.getText();
                    }
                }
            }
        }
        assertThat(entries).contains("通报.docx", "通报.pdf").anyMatch(e -> e.startsWith("整改清单/") && e.endsWith(".xlsx"));
        assertThat(bulletin).as("the region's findings are in the 通报").contains("上海市普陀区财政局", "应公开未公开");
    }
}
