package org.gongkai.server.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.DepartmentYears;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.gongkai.server.workflow.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A clerk's year and a reviewer's day in a real browser: start next year from last year's published budget, check what carried
 * over, redraft, fix a finding from its link, preview, submit; the reviewer takes it from the queue, returns it, sees
 * what changed in the resubmission, approves and publishes — each irreversible step confirmed. Screenshots of each
 * screen are left under target/screenshots/journey-*.png.
 */
class ClerkAndReviewerJourneyTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String DEPARTMENT = "786";
    private static final int LAST_YEAR = 2021;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;

    private long publishedLastYear;

    @BeforeAll
    void aDepartmentWithLastYearPublished() throws Exception {
        DepartmentBudget sample = ModelJson.read(Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
        String json = ModelJson.write(sample);
        int department = json.indexOf("\"department\"");
        String code = "\"code\" : \"" + sample.department().code() + "\"";
        int at = json.indexOf(code, department);
        // A department and years of its own, so that the published result does not stand in the portal tests' way
        // (their default year, their department names, their search hits).
        String own = (json.substring(0, at) + "\"code\" : \"" + DEPARTMENT + "\"" + json.substring(at + code.length()))
                .replaceFirst("\"year\" : " + sample.year(), "\"year\" : " + LAST_YEAR)
                .replace(sample.department().name(), "旅程测试服务中心");
        DepartmentBudget lastYear = ModelJson.parse(own, "journey");
        assertThat(lastYear.department().code()).isEqualTo(DEPARTMENT);
        assertThat(lastYear.year()).isEqualTo(LAST_YEAR);
        repository.ensureDepartment(DEPARTMENT, lastYear.department().name(), "130371");
        DepartmentYears.startAfresh(jdbc, DEPARTMENT);
        publishedLastYear = repository.create(DEPARTMENT, lastYear.year(), ModelJson.write(lastYear), null);
        jdbc.sql("update disclosure set status = 'PUBLISHED', published_at = now() where id = ?").param(publishedLastYear).update();
        users.create("j-clerk", PASSWORD, Role.DEPARTMENT, DEPARTMENT, "130371");
        users.create("j-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
    }

    private void signIn(String user) {
        signInAs(user, PASSWORD);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(false).setPath(Path.of("target", "screenshots", "journey-" + name + ".png")));
    }

    @Test
    void aClerkStartsTheNewYearAndAReviewerPublishesIt() {
        signIn("j-clerk");
        page.navigate(url("/work/" + publishedLastYear));
        page.onceDialog(dialog -> dialog.accept());
        button("开始 " + (LAST_YEAR + 1) + " 年预算").click();
        page.waitForURL(url -> !url.endsWith("/work/" + publishedLastYear));
        assertThat(page.locator(".flash.notice")).containsText("已开始 " + (LAST_YEAR + 1) + " 年预算");
        assertThat(page.locator("#to-review")).containsText("沿用上年内容");
        shot("1-rolled-forward");
        long draft = Long.parseLong(page.url().replaceAll(".*/work/(\\d+).*", "$1"));

        // Each part marked 待核对 is checked and saved where it is.
        int marked = page.locator("#to-review a").count();
        assertThat(marked).isGreaterThan(3);
        for (int i = 0; i < marked; i++) {
            String part = page.locator("#to-review a").nth(i).getAttribute("href").substring(1);
            Locator form = page.locator("form.part[action$='/save/" + part + "']");
            form.locator("button[type=submit]:not([form])").click();
            assertThat(form.locator(".save-status")).containsText("已保存");
        }
        assertThat(repository.toReview(draft)).isEmpty();

        button("按表格数据起草空白部分").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.notice")).containsText("已按表格数据起草");
        // Last year's targets carried two slips (a cost floor, a time limit written as a floor): the finding's link
        // opens the project where they are fixed.
        assertThat(page.locator("#findings")).containsText("2 个错误");
        page.locator("#report a", new Page.LocatorOptions().setHasText("去修改项目")).first().click();
        page.waitForURL("**/projects/*");
        page.locator("input[name=value][value='≥308 万元']").fill("≤308 万元");
        page.locator("input[name=value][value='≥24 小时']").fill("≤24 小时");
        page.locator("form button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.notice")).hasText("项目已保存");
        page.navigate(url("/work/" + draft));
        assertThat(page.locator("#findings")).containsText("0 个错误");
        shot("2-finding-fixed");

        page.navigate(url("/work/" + draft + "/preview"));
        assertThat(page.locator("#table-1")).isVisible();
        assertThat(page.locator("#table-9")).isVisible();
        shot("3-preview");

        page.navigate(url("/work/" + draft));
        submit();
        assertThat(page.locator("#status")).hasText("已提交");

        signIn("j-reviewer");
        assertThat(page.locator("#queue")).containsText("旅程测试服务中心");
        shot("4-queue");
        page.locator("#queue a[href='/work/" + draft + "']").click();
        page.locator("form.review-return textarea").fill("请在“其他需要说明的事项”中说明本年新增的项目。");
        button("退回修改").click();
        page.waitForLoadState();
        assertThat(page.locator("#status")).hasText("已退回");

        signIn("j-clerk");
        page.navigate(url("/work/" + draft));
        page.locator("#section-OTHER").fill("本年新增项目已在项目支出中列示。");
        page.locator("form.part[action$='/save/narrative'] button[type=submit]:not([form])").click();
        assertThat(page.locator("form.part[action$='/save/narrative'] .save-status")).containsText("已保存");
        submit();

        signIn("j-reviewer");
        page.locator("#queue a[href='/work/" + draft + "/changes']").click();
        assertThat(page.locator("table.diff")).containsText("本年新增项目已在项目支出中列示。");
        shot("5-changes");
        page.navigate(url("/work/" + draft));
        page.onceDialog(dialog -> dialog.dismiss());
        button("审核通过").click();
        assertThat(page.locator("#status")).hasText("已提交");
        assertThat(repository.find(draft).orElseThrow().status()).isEqualTo(Status.SUBMITTED);
        approveAndPublish();
        shot("6-published");
    }

    private void submit() {
        // Warnings are explained one rule at a time (a single text where the page asks one).
        Locator explanations = page.locator("#actions textarea[name=text], #actions textarea[name^=explain-]");
        for (int i = 0; i < explanations.count(); i++) {
            explanations.nth(i).fill("项目预算数另见政府采购表；已与财政局核对");
        }
        assertThat(button("提交审核")).isEnabled();
        button("提交审核").click();
        page.waitForLoadState();
    }
}
