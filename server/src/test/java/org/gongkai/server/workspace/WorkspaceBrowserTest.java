package org.gongkai.server.workspace;

import org.gongkai.server.DepartmentYears;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A department's day in a real browser: sign in, start a correction, edit the explanation, see the report, sign out. */
class WorkspaceBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;

    @BeforeAll
    void person() {
        users.create("b-dept434", PASSWORD, Role.DEPARTMENT, "434", "130371");
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
    }

    @Test
    void aDepartmentSignsInCorrectsItsPublishedBudgetAndEditsTheExplanation() {
        signIn("b-dept434", PASSWORD);
        page.waitForURL("**/work");
        long published = repository.list("434", null, org.gongkai.server.workflow.Status.PUBLISHED).stream()
                .filter(r -> !r.superseded()).findFirst().orElseThrow().id();
        page.locator("a[href='/work/" + published + "']").first().click();
        page.waitForURL("**/work/" + published);
        page.locator("input[name=text]").last().fill("补充项目绩效指标单位");
        page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("发起更正")).click();
        page.waitForURL("**/work/*");
        assertThat(page.locator("#status").textContent()).isEqualTo("草稿");
        assertThat(page.locator(".flash.notice").textContent()).contains("已建立更正版本");

        page.locator("#section-OTHER").fill("本部门无其他需要说明的事项（浏览器测试）。");
        page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("保存说明")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("form.part[action$='/save/narrative'] .save-status"))
                .containsText("已保存");
        assertThat(page.locator("#section-OTHER").inputValue()).isEqualTo("本部门无其他需要说明的事项（浏览器测试）。");
        assertThat(page.locator("#findings").textContent()).contains("检查结果");
        assertThat(page.locator("#audit").isVisible()).isTrue();

        page.locator("header form button").click();
        page.waitForURL("**/login?logout");
        page.navigate(url("/work"));
        assertThat(page.url()).contains("/login");
    }

    /** Every form submitted as shown must give back exactly the model it showed: no form may lose or alter data. */
    @Test
    void savingEveryFormUnchangedKeepsTheModelExactly() throws Exception {
        for (String sample : new String[] {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020"}) {
            DepartmentBudget model = ModelJson.read(java.nio.file.Path.of("..", "samples", sample, "model.json"));
            repository.ensureDepartment(model.department().code(), model.department().name(), "130371");
            DepartmentYears.withdrawOpen(jdbc, model.department().code());
            long id = repository.create(model.department().code(), model.year(), ModelJson.write(model), "表单往返测试");
            String user = "b-forms-" + model.department().code();
            if (users.find(user).isEmpty()) {
                users.create(user, PASSWORD, Role.DEPARTMENT, model.department().code(), "130371");
            }
            newPage();
            signIn(user, PASSWORD);
            page.waitForURL("**/work");
            page.navigate(url("/work/" + id));
            int forms = page.locator("form.part").count();
            assertThat(forms).isGreaterThanOrEqualTo(10);
            for (int i = 0; i < forms; i++) {
                // The form's own save button (the 重新起草 buttons inside the explanation belong to another form).
                page.locator("form.part").nth(i).locator("button[type=submit]:not([form])").click();
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("form.part").nth(i).locator(".save-status"))
                        .containsText("已保存");
            }
            for (int p = 0; p < model.projects().size(); p++) {
                page.navigate(url("/work/" + id + "/projects/" + p));
                page.locator("form button[type=submit]").last().click();
                page.waitForLoadState();
                assertThat(page.locator(".flash.notice").textContent()).as(sample + " project " + p).isEqualTo("项目已保存");
            }
            DepartmentBudget stored = ModelJson.parse(repository.find(id).orElseThrow().model(), "stored");
            for (var component : DepartmentBudget.class.getRecordComponents()) {
                assertThat(component.getAccessor().invoke(stored)).as(sample + " " + component.getName())
                        .isEqualTo(component.getAccessor().invoke(model));
            }
        }
    }

    /**
     * One editing surface: saving one section keeps what was typed in another; a bad cell keeps the input, names its
     * row and saves nothing; leaving with unsaved input is announced; 公开 and 审核通过 ask first.
     */
    @Test
    void typedInputIsNeverLostAndABadCellIsNamedWhereItIs() throws Exception {
        DepartmentBudget model = ModelJson.read(java.nio.file.Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
        repository.ensureDepartment(model.department().code(), model.department().name(), "130371");
        DepartmentYears.withdrawOpen(jdbc, model.department().code());
        long id = repository.create(model.department().code(), model.year(), ModelJson.write(model), "编辑测试");
        String user = "b-edit-" + model.department().code();
        if (users.find(user).isEmpty()) {
            users.create(user, PASSWORD, Role.DEPARTMENT, model.department().code(), "130371");
        }
        signIn(user, PASSWORD);
        page.waitForURL("**/work");
        page.navigate(url("/work/" + id));

        // A code changed in the form shows its name beside it, from the year's catalog.
        var newLine = page.locator("form.part[action$='/save/basic'] tbody tr").last();
        newLine.locator("input[name=code]").fill("30201");
        assertThat(newLine.locator("td").nth(1).textContent()).isEqualTo("办公费");
        newLine.locator("input[name=code]").fill("");
        page.locator("form.part[action$='/save/basic']").evaluate("f => f.dataset.dirty = '0'");

        page.locator("input[name=thisReception]").fill("9.99");
        var lines = page.locator("form.part[action$='/save/lines']");
        lines.locator("input[name=amount]").first().fill("约300");
        assertThat(page.locator("#save-all").isVisible()).isTrue();
        lines.locator("button[type=submit]").click();
        var status = lines.locator(".save-status");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(status).containsText("支出第 1 行");
        assertThat(status.textContent()).contains("约300").doesNotContain("不是有效的预算模型");
        assertThat(lines.locator("tbody tr").first().getAttribute("class")).contains("refused");
        assertThat(lines.locator("input[name=amount]").first().inputValue()).isEqualTo("约300");
        assertThat(page.locator("input[name=thisReception]").inputValue()).as("the other section's input stays").isEqualTo("9.99");

        lines.locator("input[name=amount]").first().fill("120万");
        page.locator("#save-all button").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("form.part[action$='/save/three-public'] .save-status"))
                .containsText("已保存");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(status).containsText("已保存");
        DepartmentBudget stored = ModelJson.parse(repository.find(id).orElseThrow().model(), "stored");
        assertThat(stored.expenditures().get(0).amount()).isEqualByComparingTo("120");
        assertThat(stored.threePublic().stream().filter(t -> t.source() == org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET)
                .findFirst().orElseThrow().amounts().reception()).isEqualByComparingTo("9.99");
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(false)
                .setPath(java.nio.file.Path.of("target", "screenshots", "workspace-saved-in-place.png")));
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        signIn("b-dept434", "wrong-password");
        page.waitForURL("**/login?error");
        assertThat(page.locator(".flash.error").textContent()).isEqualTo("用户名或密码不正确");
    }
}
