package org.gongkai.server.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's day in a real browser: users (add with a role and a department, disable, reset a password shown
 * once), departments (add, rename, the units under one), everyone's 「修改密码」, and a catalog file that would retire
 * most codes. Run on a desktop window and on a phone by the two classes below; each uses its own names, since they
 * share one server.
 */
abstract class AdministrationJourney extends BrowserTest {

    static final String PASSWORD = "correct-horse-battery";
    static final String REGION = "130371";
    static final int YEAR = 2026;

    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    JdbcClient jdbc;

    /** Distinguishes this class's users, departments and catalog region from the other viewport's. */
    abstract String prefix();

    /** A department code of this class's own. */
    abstract String department();

    /** The region this class's catalog is loaded for, so that no other test sees it applied. */
    abstract String catalogRegion();

    String admin() {
        return prefix() + "-admin";
    }

    @BeforeAll
    void people() {
        repository.ensureDepartment(department(), "浏览器测试局" + prefix(), REGION);
        users.create(admin(), PASSWORD, Role.ADMIN, null, null);
        users.create(prefix() + "-clerk", PASSWORD, Role.DEPARTMENT, department(), REGION);
        users.create(prefix() + "-reviewer", PASSWORD, Role.REVIEWER, null, REGION);
        users.create(prefix() + "-changer", PASSWORD, Role.REVIEWER, null, REGION);
    }

    /** Every question a page asks (停用？重置密码？应用？) is answered yes. */
    @Override
    protected void newPage() {
        super.newPage();
        page.onDialog(dialog -> dialog.accept());
    }

    private void signInExpecting(String user, String password, String where) {
        newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(where);
    }

    private Locator userRow(String username) {
        return page.locator("#users tr[data-user='" + username + "']");
    }

    /** The page fits the screen's width: nothing to scroll sideways (on a phone the tables become cards). */
    void fitsTheWidth() {
        look();
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wider).as(page.url() + " scrolls sideways").isEqualTo(false);
    }

    /** A full-page screenshot to look at, under target/screenshots (never in the repository). */
    private void look() {
        String name = page.url().replaceAll("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
        // The catalog page lists every code retired (1,600 rows): its top is what there is to look at.
        boolean tall = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue() > 4000;
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(!tall)
                .setPath(java.nio.file.Path.of("target", "screenshots", "admin-" + prefix() + "-" + name + ".png")));
    }

    private long audited(String actor, String words) {
        return jdbc.sql("select count(*) from audit_log where actor = ? and summary like ?").params(actor, "%" + words + "%")
                .query(Long.class).single();
    }

    @Test
    void anAdministratorAddsAUserWhoseTemporaryPasswordIsShownOnceAndMustBeChanged() {
        String name = prefix() + "-newclerk";
        signInAs(admin(), PASSWORD);
        page.navigate(url("/work/users"));
        assertThat(page.locator("h1")).hasText("用户管理");
        fitsTheWidth();

        Locator form = page.locator("#add-user");
        form.locator("[name=username]").fill("带 空格");
        form.locator("[name=role]").selectOption("DEPARTMENT");
        form.locator("[name=departmentCode]").selectOption(department());
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".flash.error")).containsText("用户名应为");
        assertThat(page.locator("#add-user [name=username]")).hasValue("带 空格");
        assertThat(page.locator("#add-user [name=departmentCode]")).hasValue(department());

        page.locator("#add-user [name=username]").fill(name);
        page.locator("#add-user button[type=submit]").click();
        String temporary = page.locator("#temporary-password code").textContent().strip();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(page.locator("#temporary-password")).containsText("只显示这一次");
        assertThat(userRow(name)).containsText("部门填报");
        assertThat(userRow(name)).containsText("须修改密码");
        page.navigate(url("/work/users"));
        assertThat(page.locator("#temporary-password")).hasCount(0);
        assertThat(audited(admin(), "新建用户 " + name)).isEqualTo(1);
        assertThat(page.locator("#admin-log")).containsText("新建用户 " + name);

        signInExpecting(name, temporary, "**/work/password");
        assertThat(page.locator(".flash.notice")).containsText("请先设置新密码");
        page.navigate(url("/work"));
        page.waitForURL("**/work/password");
        fitsTheWidth();
        changePassword(temporary, "abc12", "abc12");
        assertThat(page.locator(".flash.error")).containsText("至少 10 位");
        assertThat(page.locator("#change-password [name=password]")).hasValue("");
        changePassword(temporary, "Gongkai-2026-new", "Gongkai-2026-neu");
        assertThat(page.locator(".flash.error")).containsText("两次输入的新密码不一致");
        changePassword(temporary, "Gongkai-2026-new", "Gongkai-2026-new");
        page.waitForURL("**/work");
        assertThat(page.locator(".flash.notice")).containsText("密码已修改");
        signInExpecting(name, "Gongkai-2026-new", "**/work");
    }

    private void changePassword(String current, String password, String again) {
        Locator form = page.locator("#change-password");
        form.locator("[name=current]").fill(current);
        form.locator("[name=password]").fill(password);
        form.locator("[name=confirm]").fill(again);
        form.locator("button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void aDisabledUserCannotSignInAndAResetPasswordIsShownOnceAndMustBeChanged() {
        String clerk = prefix() + "-clerk";
        signInAs(admin(), PASSWORD);
        page.navigate(url("/work/users"));
        userRow(clerk).locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("停用")).click();
        assertThat(userRow(clerk)).containsText("已停用");
        assertThat(audited(admin(), "停用用户 " + clerk)).isEqualTo(1);

        signInExpecting(clerk, PASSWORD, "**/login?error*");
        assertThat(page.locator(".flash.error")).containsText("已停用");

        signInAs(admin(), PASSWORD);
        page.navigate(url("/work/users"));
        userRow(clerk).locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("启用")).click();
        assertThat(userRow(clerk)).containsText("正常");
        userRow(clerk).locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("重置密码")).click();
        String temporary = page.locator("#temporary-password code").textContent().strip();
        assertThat(audited(admin(), "重置用户 " + clerk + " 的密码")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where summary like ?").param("%" + temporary + "%").query(Long.class).single())
                .as("the temporary password is never written to the audit log").isZero();

        signInExpecting(clerk, PASSWORD, "**/login?error*");
        signInExpecting(clerk, temporary, "**/work/password");
    }

    @Test
    void everyUserChangesTheirPasswordAndARefusalSaysWhyInChinese() {
        String reviewer = prefix() + "-changer";
        signInAs(reviewer, PASSWORD);
        page.locator("a[href='/work/password']").first().click();
        page.waitForURL("**/work/password");
        changePassword("not-the-password", "Reviewer-2026-ok", "Reviewer-2026-ok");
        assertThat(page.locator(".flash.error")).containsText("当前密码不正确");
        assertThat(page.locator("#change-password [name=current]")).hasValue("");
        changePassword(PASSWORD, "aaaaaaaaaaaa", "aaaaaaaaaaaa");
        assertThat(page.locator(".flash.error")).containsText("字母、数字、符号");
        changePassword(PASSWORD, "Reviewer-2026-ok", "Reviewer-2026-ok");
        page.waitForURL("**/work");
        signInExpecting(reviewer, "Reviewer-2026-ok", "**/work");
    }

    @Test
    void someoneWhoIsNotAnAdministratorGetsAChineseRefusalNotAnEnglishError() {
        signInAs(prefix() + "-reviewer", PASSWORD);
        for (String path : List.of("/work/users", "/work/departments", "/work/catalogs")) {
            Response answer = page.navigate(url(path));
            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(page.locator("main")).containsText("只有管理员");
            assertThat(page.content()).doesNotContain("Bad Request").doesNotContain("Whitelabel").doesNotContain("Forbidden");
        }
        fitsTheWidth();
    }

    @Test
    void anAdministratorRegistersRenamesAndOpensADepartmentWithItsUnits() {
        String code = department() + "1";
        signInAs(admin(), PASSWORD);
        page.navigate(url("/work/departments"));
        assertThat(page.locator("h1")).hasText("部门管理");
        fitsTheWidth();
        Locator form = page.locator("#add-department");
        form.locator("[name=code]").fill("12ab");
        form.locator("[name=name]").fill("浏览器新设局");
        form.locator("[name=regionCode]").selectOption(REGION);
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".flash.error")).containsText("部门编码应为 3 至 9 位数字");
        assertThat(page.locator("#add-department [name=name]")).hasValue("浏览器新设局");
        page.locator("#add-department [name=code]").fill(code);
        page.locator("#add-department button[type=submit]").click();
        assertThat(page.locator("#departments tr[data-department='" + code + "']")).containsText("浏览器新设局");
        assertThat(audited(admin(), "登记部门 " + code)).isEqualTo(1);

        page.locator("#departments tr[data-department='" + code + "'] a").first().click();
        page.waitForURL("**/work/departments/" + code);
        page.locator("#rename [name=name]").fill("  ");
        page.locator("#rename button[type=submit]").click();
        assertThat(page.locator(".flash.error")).containsText("部门名称不能为空");
        page.locator("#rename [name=name]").fill("浏览器改名局");
        page.locator("#rename button[type=submit]").click();
        assertThat(page.locator("h1")).containsText("浏览器改名局");
        assertThat(audited(admin(), "部门 " + code + " 改名")).isEqualTo(1);

        page.navigate(url("/work/departments/434"));
        assertThat(page.locator("#units tbody tr")).hasCount(3);
        assertThat(page.locator("#units")).containsText("秦皇岛经济技术开发区信息化建设管理办公室");
        fitsTheWidth();
    }

    /** The first 20 codes of the year's built-in list, as a bureau's file holding only those. */
    private static byte[] twentyRowFile() {
        String rows = ClassificationCatalog.builtIn().forYear(YEAR).functionsInForce().values().stream()
                .sorted(java.util.Comparator.comparing(e -> e.code())).limit(20)
                .map(e -> e.code() + "," + e.name()).collect(Collectors.joining("\n"));
        return ("科目编码,科目名称\n" + rows + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static int retiredByTwentyRows() {
        Map<String, ?> inForce = ClassificationCatalog.builtIn().forYear(YEAR).functionsInForce();
        Set<String> kept = inForce.keySet().stream().sorted().limit(20).collect(Collectors.toSet());
        return inForce.size() - kept.size();
    }

    @Test
    void aCatalogFileThatWouldRetireMostCodesIsAppliedOnlyWithTheCountTyped() {
        int retired = retiredByTwentyRows();
        assertThat(retired).isGreaterThan(1000);
        signInAs(admin(), PASSWORD);
        page.navigate(url("/work/catalogs"));
        page.locator("input[name=file]").setInputFiles(new FilePayload("二十行科目.csv", "text/csv", twentyRowFile()));
        page.locator("input[name=year]").fill(String.valueOf(YEAR));
        page.locator("input[name=region]").fill(catalogRegion());
        page.locator("form.actions button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/work/catalogs/\\d+"));
        assertThat(page.locator("#counts")).containsText("新增 0");
        assertThat(page.locator("#counts")).containsText("停用 " + retired);
        assertThat(page.locator("#mass-retirement")).isVisible();
        fitsTheWidth();

        button("应用").click();
        page.waitForLoadState();
        assertThat(page.locator("#state")).hasText("待确认");
        page.locator("#mass-retirement input[name=retire]").fill("20");
        button("应用").click();
        assertThat(page.locator(".flash.error")).containsText("停用 " + retired + " 个");
        assertThat(page.locator("#state")).hasText("待确认");
        page.locator("#mass-retirement input[name=retire]").fill(String.valueOf(retired));
        button("应用").click();
        assertThat(page.locator("#state")).hasText("现行");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and summary like ?")
                .params(admin(), "%停用 " + retired + " 个%").query(Long.class).single()).isEqualTo(1);
    }
}
