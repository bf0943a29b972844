package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.workflow.Published;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The public portal in a real browser, against the server with the samples loaded. */
class PortalBrowserTest extends BrowserTest {

    @Autowired
    DisclosureRepository repository;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aReaderFindsTheDepartmentItsTotalsChartsAndDownloads() throws Exception {
        page.navigate(url("/"));
        assertThat(page.title()).contains("部门预算公开");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("秦皇岛经济技术开发区机关事务服务中心")).first().click();
        page.waitForURL("**/d/430/2023");
        assertThat(page.locator("#headline-total .amount").textContent()).isEqualTo("8900.03");
        assertThat(page.locator("#table-1 tr.total").allTextContents()).anySatisfy(row -> assertThat(row).contains("8,900.03"));

        page.locator("#chart-class canvas").waitFor();
        assertThat(page.locator("#chart-class").getAttribute("data-drawn")).isEqualTo("true");
        assertThat(page.locator("#chart-class-box table").textContent()).contains("一般公共服务支出");

        Download download = page.waitForDownload(() -> page.locator("a[data-format=xlsx]").click());
        Path xlsx = Files.createTempFile("portal-", ".xlsx");
        download.saveAs(xlsx);
        assertThat(download.suggestedFilename()).endsWith(".xlsx");
        assertThat(cellsOf(xlsx)).contains("8900.03");
    }

    @Test
    void switchingTheYearListsThatYearsDepartments() {
        page.navigate(url("/"));
        assertThat(page.locator("#departments").textContent()).contains("机关事务服务中心");
        page.locator("nav.years a", new Page.LocatorOptions().setHasText("2020 年")).click();
        page.waitForURL("**/?year=2020");
        assertThat(page.locator("h1").textContent()).contains("2020");
        assertThat(page.locator("#departments").textContent()).contains("行政审批局").doesNotContain("机关事务服务中心");
    }

    @Test
    void searchingForAProjectLeadsToItsPerformanceTable() {
        page.navigate(url("/"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("搜索")).click();
        page.locator("#q").fill("招商商务活动经费");
        page.locator("#q").press("Enter");
        page.waitForURL("**/search?q=*");
        assertThat(page.locator("#hits").textContent()).contains("招商商务活动经费");
        page.locator("#hits a", new Page.LocatorOptions().setHasText("招商商务活动经费")).first().click();
        page.waitForURL("**/d/430/2023#project-*");
        String anchor = page.url().substring(page.url().indexOf('#'));
        assertThat(page.locator(anchor + " h3").textContent()).contains("招商商务活动经费");
        assertThat(page.locator(anchor).isVisible()).isTrue();
    }

    @Test
    void aNameWithAScriptTagIsShownAsTextAndNeverRuns() {
        String evil = "<script>alert(1)</script>";
        repository.ensureDepartment("666", evil, "130371");
        DepartmentBudget base = ValidPackages.random(66, 8);
        List<Project> projects = base.projects().stream().map(p -> new Project(p.code(), evil, p.unitCode(), p.unitName(),
                p.amount(), p.fiscalFunds(), p.otherFunds(), p.purpose(), p.paymentPlan(), p.goals(), p.indicators())).toList();
        DepartmentBudget model = new DepartmentBudget(base.year(), new Department("666", evil), base.units(), base.incomes(),
                base.expenditures(), base.basicEconomic(), base.carryForward(), base.threePublic(), base.threePublicLastYear(),
                base.operatingCost(), projects, base.performance(), base.procurement(), base.assets(), base.narrative(),
                base.previousYear());
        long id = repository.create("666", base.year(), ModelJson.write(model), null);
        repository.markPublished(id);
        events.publishEvent(new Published("666", base.year(), 1));

        AtomicReference<String> dialog = new AtomicReference<>();
        page.onDialog(d -> {
            dialog.set(d.message());
            d.dismiss();
        });
        page.navigate(url("/?year=" + base.year()));
        assertThat(page.locator("#departments").textContent()).contains(evil);
        page.navigate(url("/d/666/" + base.year()));
        assertThat(page.locator("#department-name").textContent()).isEqualTo(evil);
        assertThat(page.locator("#project-1 h3").textContent()).contains(evil);
        page.navigate(url("/search?q=" + java.net.URLEncoder.encode(evil, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator("#hits").textContent()).contains(evil);
        assertThat(dialog.get()).as("a script ran").isNull();
        assertThat(page.content()).doesNotContain("<script>alert(1)</script>");
    }

    private static String cellsOf(Path xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell).replace(",", "")).append('\t');
                    }
                }
            }
        }
        return text.toString();
    }
}
