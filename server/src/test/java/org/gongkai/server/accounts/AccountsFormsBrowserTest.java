package org.gongkai.server.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
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
 * A clerk types a 决算 in its forms, on a desktop (and, in {@link AccountsFormsPhoneTest}, on a phone): started from the
 * published budget it is warned as copied from it; a refused save keeps everything typed and names the cell; once
 * the 决算数 are what was executed the warning goes; the preview shows the nine 决算 tables and the PDF opens.
 * Screenshots under /tmp/gongkai-accountsweb/.
 */
class AccountsFormsBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String REGION = "130371";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    ApplicationEventPublisher events;

    /** A department of its own: browser tests share one database. */
    String department() {
        return "765";
    }

    String device() {
        return "desktop";
    }

    @BeforeAll
    void aDepartmentWithItsBudgetPublished() {
        AccountsFixture.Pair pair = AccountsFixture.of(department(), "决算表单测试局" + department());
        repository.ensureDepartment(department(), pair.budget().department().name(), REGION);
        DepartmentYears.startAfresh(jdbc, department());
        long budget = repository.create(department(), AccountsFixture.YEAR, ModelJson.write(pair.budget()), null);
        repository.markPublished(budget);
        events.publishEvent(new Published(department(), AccountsFixture.YEAR, 1));
        users.create("forms-clerk-" + department(), PASSWORD, Role.DEPARTMENT, department(), REGION);
    }

    @AfterAll
    void offThePortal() {
        DepartmentYears.offThePortal(jdbc, events, department(), AccountsFixture.YEAR);
    }

    @Test
    void aFinalAccountsIsTypedInItsFormsPreviewedAndPrinted() {
        signInAs("forms-clerk-" + department(), PASSWORD);
        page.locator("#new-accounts input[name=year]").fill(String.valueOf(AccountsFixture.YEAR));
        button("新建决算").click();
        page.waitForURL(url -> url.matches(".*/work/\\d+.*"));
        long id = Long.parseLong(page.url().replaceAll(".*/work/(\\d+).*", "$1"));
        assertThat(page.locator("#report")).containsText("疑似照抄预算");
        assertThat(page.locator("form[action$='/accounts/lines'] thead")).containsText("年初预算数");

        Locator lines = page.locator("form[action$='/accounts/lines']");
        // a refused row has its problem written in a row of its own under it: the lines are the rows without one
        String line = "tbody tr:not(.row-error)";
        Locator firstActual = lines.locator(line).nth(0).locator("input[name=actual]");
        Locator secondActual = lines.locator(line).nth(1).locator("input[name=actual]");
        BigDecimal budgeted = new BigDecimal(lines.locator(line).nth(0).locator("input[name=initial]").inputValue());
        String executed = budgeted.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        firstActual.fill("约300");
        secondActual.fill("12万");
        lines.locator("button[type=submit]").click();
        Locator status = lines.locator(".save-status");
        assertThat(status).containsText("支出第 1 行");
        assertThat(status).containsText("约300");
        assertThat(firstActual).hasValue("约300");
        assertThat(secondActual).hasValue("12万");
        assertThat(lines.locator(line).nth(0)).hasClass(java.util.regex.Pattern.compile("refused"));
        shot("1-refused");

        firstActual.fill(executed);
        lines.locator("button[type=submit]").click();
        assertThat(status).containsText("已保存");
        assertThat(page.locator("#report")).not().containsText("疑似照抄预算");

        Locator threePublic = page.locator("form[action$='/accounts/three-public']");
        threePublic.locator("input[name=actual-reception]").fill("1.5");
        threePublic.locator("input[name=vehiclesHeld]").fill("2辆");
        threePublic.locator("button[type=submit]").click();
        assertThat(threePublic.locator(".save-status")).containsText("已保存");

        page.reload();
        assertThat(page.locator("form[action$='/accounts/lines']").locator(line).nth(0).locator("input[name=actual]")).hasValue(executed);
        assertThat(page.locator("form[action$='/accounts/lines']").locator(line).nth(1).locator("input[name=actual]"))
                .hasValue(java.util.regex.Pattern.compile("^12(\\.0+)?$"));
        assertThat(page.locator("input[name=actual-reception]")).hasValue(java.util.regex.Pattern.compile("^1\\.50?$"));
        assertThat(page.locator("input[name=vehiclesHeld]")).hasValue("2");
        assertThat(page.locator("#model")).not().hasAttribute("open", "");
        noSidewaysScroll();
        shot("2-saved");

        page.locator("a", new Page.LocatorOptions().setHasText("预览公开表和说明")).click();
        page.waitForURL("**/work/" + id + "/preview");
        assertThat(page.locator("h1")).containsText("部门决算（预览）");
        assertThat(page.locator("#table-1")).containsText("收入支出决算总表");
        assertThat(page.locator("#table-9")).isAttached();
        noSidewaysScroll();
        shot("3-preview");

        APIResponse pdf = page.request().get(url("/work/" + id + "/preview/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private void noSidewaysScroll() {
        Object wide = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wide).as("the page scrolls sideways on " + device()).isEqualTo(false);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("/tmp", "gongkai-accountsweb", device() + "-" + name + ".png")));
    }
}
