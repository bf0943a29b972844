package org.gongkai.server.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.AccountsFixture;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.DepartmentYears;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.gongkai.server.workflow.Published;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A department's 2024 决算 in a real browser, after its 2024 budget was published: the clerk starts it from the budget
 * and types what was executed, the reviewer approves and publishes it; a reader then finds the budget and the 决算
 * side by side, each class's execution rate with its chart, both kinds' tables, and the region's execution ranking.
 * Screenshots under target/screenshots/accounts-*.png.
 */
class AccountsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    /** A department of its own: browser tests share one database. */
    private static final String DEPARTMENT = "787";
    private static final String NAME = "执行率测试局";
    private static final String REGION = "130371";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    ApplicationEventPublisher events;

    private AccountsFixture.Pair pair;

    @BeforeAll
    void aDepartmentWithItsBudgetPublished() {
        pair = AccountsFixture.of(DEPARTMENT, NAME);
        repository.ensureDepartment(DEPARTMENT, NAME, REGION);
        DepartmentYears.startAfresh(jdbc, DEPARTMENT);
        long budget = repository.create(DEPARTMENT, AccountsFixture.YEAR, ModelJson.write(pair.budget()), null);
        repository.markPublished(budget);
        events.publishEvent(new Published(DEPARTMENT, AccountsFixture.YEAR, 1));
        users.create("exec-clerk", PASSWORD, Role.DEPARTMENT, DEPARTMENT, REGION);
        users.create("exec-reviewer", PASSWORD, Role.REVIEWER, null, REGION);
    }

    @AfterAll
    void offThePortal() {
        for (String code : new String[] {DEPARTMENT}) {
            DepartmentYears.offThePortal(jdbc, events, code, AccountsFixture.YEAR);
        }
    }

    @Test
    void aPublishedFinalAccountsStandsBesideItsBudgetWithItsExecutionRates() {
        signInAs("exec-clerk", PASSWORD);
        page.locator("#new-accounts input[name=year]").fill(String.valueOf(AccountsFixture.YEAR));
        assertThat(page.locator("#new-accounts input[name=fromBudget]")).isChecked();
        button("新建决算").click();
        page.waitForURL(url -> url.matches(".*/work/\\d+.*"));
        assertThat(page.locator(".flash.notice")).containsText("已新建 2024 年部门决算");
        assertThat(page.locator("h1")).containsText("部门决算");
        long id = Long.parseLong(page.url().replaceAll(".*/work/(\\d+).*", "$1"));
        assertThat(page.locator("#json")).not().containsText("收入支出决算总体情况");
        button("按决算数据起草情况说明").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.notice")).containsText("已按决算数据起草");
        assertThat(page.locator("#json")).containsText("收入支出决算总体情况");

        page.locator("#model summary").click();
        page.locator("#json").fill(ModelJson.write(pair.accounts()));
        button("保存决算数据").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.notice")).hasText("已保存");
        assertThat(page.locator("#findings")).containsText("0 个错误");
        shot("1-typed");
        // Warnings are explained one rule at a time (a single text where the page asks one).
        Locator explanations = page.locator("#actions textarea[name=text], #actions textarea[name^=explain-]");
        for (int i = 0; i < explanations.count(); i++) {
            explanations.nth(i).fill("决算数与预算数的差异已在情况说明中列明");
        }
        button("提交审核").click();
        page.waitForLoadState();
        assertThat(page.locator("#status")).hasText("已提交");

        signInAs("exec-reviewer", PASSWORD);
        assertThat(page.locator("#queue")).containsText(NAME);
        page.locator("#queue a[href='/work/" + id + "']").click();
        approveAndPublish();

        newPage();
        page.navigate(url("/d/" + DEPARTMENT + "/" + AccountsFixture.YEAR));
        assertThat(page.locator("h1")).containsText("部门预算和决算");
        Locator executed = page.locator("#execution-class-" + pair.classCode());
        assertThat(executed.locator(".rate")).hasText("95.00%");
        assertThat(executed).containsText(pair.classBudget().toPlainString());
        assertThat(executed).containsText(pair.classActual().toPlainString());
        assertThat(page.locator("#execution-total .rate")).hasText(pair.totalRate().toPlainString() + "%");
        assertThat(page.locator("#execution-total .rate")).not().hasText("100.00%");
        assertThat(page.locator("#execution-figures")).containsText(pair.accounts().expenditureTotal().toPlainString());
        page.locator("#chart-execution canvas").waitFor();
        assertThat(page.locator("#chart-execution")).hasAttribute("data-drawn", "true");
        assertThat(page.locator("#table-1 h3 .badge.kind")).hasText("预算");
        assertThat(page.locator("#accounts-table-1 h3 .badge.kind")).hasText("决算");
        assertThat(page.locator("#accounts-table-1")).containsText("收入支出决算总表");
        assertThat(page.locator("#accounts-table-9")).isAttached();
        shot("2-side-by-side");
        page.locator("#execution").screenshot(new Locator.ScreenshotOptions().setPath(Path.of("target", "screenshots", "accounts-2-execution.png")));

        page.navigate(url("/region/" + REGION + "?year=" + AccountsFixture.YEAR));
        Locator ranked = page.locator("#execution-ranking #execution-" + DEPARTMENT);
        assertThat(ranked).containsText(NAME);
        assertThat(ranked.locator(".rate")).hasText(pair.totalRate().toPlainString() + "%");
        assertThat(page.locator("#chart-execution-ranking")).isVisible();
        shot("3-region");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(false).setPath(Path.of("target", "screenshots", "accounts-" + name + ".png")));
    }
}
