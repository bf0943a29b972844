package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Pages in a real browser: Playwright for Java drives Debian's chromium (/usr/bin/chromium, installed by .ci/run; no
 * browser is downloaded). A failing test leaves a full-page screenshot under target/screenshots/.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest extends ServerTest {

    static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void browser() {
        assertThat(CHROMIUM).as("Debian chromium is needed for the browser tests: apt-get install -y chromium").exists();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** The page stays open after a test, for the screenshot of a failure; the next test or the end closes it. */
    @BeforeEach
    protected void newPage() {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(contextOptions());
        page = context.newPage();
        page.setDefaultTimeout(15_000);
    }

    /** The browser a test reads with: a desktop window unless a test class says otherwise (a phone). */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setAcceptDownloads(true).setLocale("zh-CN");
    }

    @AfterAll
    void closeBrowser() {
        if (context != null) {
            context.close();
        }
        browser.close();
        playwright.close();
    }

    /** Signs in through the login page, in a new browser context, and waits for the workspace. */
    protected void signInAs(String user, String password) {
        newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL("**/work");
    }

    /** A reviewer's last two steps on a submitted version's page, each confirmed in its dialog: approve, then publish. */
    protected void approveAndPublish() {
        // The confirmations come from the page's script: a click before it has run would approve unasked.
        page.waitForLoadState();
        page.onceDialog(dialog -> dialog.accept());
        button("审核通过").click();
        page.waitForLoadState();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#status")).hasText("已审核");
        page.waitForLoadState();
        page.onceDialog(dialog -> dialog.accept());
        button("公开").click();
        page.waitForLoadState();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#status")).hasText("已公开");
    }

    /** The button that says this. */
    protected com.microsoft.playwright.Locator button(String text) {
        return page.locator("button", new Page.LocatorOptions().setHasText(text));
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page page() {
        return page;
    }
}
