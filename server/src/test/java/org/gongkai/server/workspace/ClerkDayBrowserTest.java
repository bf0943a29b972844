package org.gongkai.server.workspace;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.BrowserTest;
import org.gongkai.server.DepartmentYears;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clerk's and the reviewer's day, second pass (issue 26, points 1, 2 and 8), on a desktop; {@link ClerkDayPhoneTest}
 * runs the same on a phone. Nothing typed is lost on a refused save, 「50%」 is a percent, drafting keeps unsaved text
 * and says when drafted figures went stale, the reviewer reads each warning's explanation and the audit's values, and
 * one wrong income line is one root cause linked to its form row.
 */
class ClerkDayBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String REGION = "130371";

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;

    /** Department codes of this class's own (one open version per department-year; the phone test uses others). */
    protected String code(int n) {
        return "86" + n;
    }

    protected String screen() {
        return "desktop";
    }

    /** Two CPUs shared by many builds: a save and the report it refreshes may take longer than the default 5 s. */
    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** The screen as the user sees it there, to be looked at: target/screenshots/clerk-day-*.png. */
    private void shot(String name, Locator there) {
        there.first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "clerk-day-" + screen() + "-" + name + ".png")));
    }

    /** A draft of the sample budget under a department of the test's own, changed first, and its clerk signed in. */
    private long draftSignedIn(String code, UnaryOperator<DepartmentBudget> change) throws Exception {
        DepartmentBudget sample = ModelJson.read(Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
        String json = ModelJson.write(sample);
        String old = "\"code\" : \"" + sample.department().code() + "\"";
        int at = json.indexOf(old, json.indexOf("\"department\""));
        DepartmentBudget own = change.apply(ModelJson.parse(json.substring(0, at) + "\"code\" : \"" + code + "\""
                + json.substring(at + old.length()), "clerk-day"));
        repository.ensureDepartment(code, "第二遍测试中心" + code, REGION);
        DepartmentYears.startAfresh(jdbc, code);
        long id = repository.create(code, own.year(), ModelJson.write(own), null);
        if (users.find("cd-" + code).isEmpty()) {
            users.create("cd-" + code, PASSWORD, Role.DEPARTMENT, code, REGION);
        }
        signInAs("cd-" + code, PASSWORD);
        return id;
    }

    private DepartmentBudget stored(long id) {
        return ModelJson.parse(repository.find(id).orElseThrow().model(), "stored");
    }

    /** The sample without its errors: the overview drafted from the tables, the two slipped indicator bounds turned. */
    private static DepartmentBudget withoutErrors(DepartmentBudget model) {
        String json = ModelJson.write(Drafter.redraft(model, NarrativeSection.OVERVIEW))
                .replace("≥308 万元", "≤308 万元").replace("≥24 小时", "≤24 小时");
        return ModelJson.parse(json, "fixed");
    }

    @Test
    void aRefusedProjectSaveGivesBackEverythingTypedWithTheErrorAtItsField() throws Exception {
        long id = draftSignedIn(code(1), m -> m);
        page.navigate(url("/work/" + id + "/projects/0"));
        page.locator("input[name=amount]").fill("约300");
        page.locator("textarea[name=purpose]").fill("用于招商推介活动的场地与资料");
        page.locator("textarea[name=goals]").fill("完成招商推介 12 场");
        page.locator("input[name=period]").first().fill("6月底");
        page.locator("input[name=percent]").first().fill("50%");
        Locator newIndicator = page.locator("input[name=level3]").nth(page.locator("input[name=level3]").count() - 4);
        newIndicator.fill("推介会场次");
        button("保存项目").click();
        page.waitForLoadState();

        assertThat(page.locator(".flash.error")).containsText("未保存");
        assertThat(page.locator("#error-amount")).containsText("约300");
        assertThat(page.locator("input[name=amount]")).hasValue("约300");
        assertThat(page.locator("textarea[name=purpose]")).hasValue("用于招商推介活动的场地与资料");
        assertThat(page.locator("textarea[name=goals]")).hasValue("完成招商推介 12 场");
        assertThat(page.locator("input[name=period]").first()).hasValue("6月底");
        assertThat(page.locator("input[name=percent]").first()).hasValue("50%");
        assertThat(page.locator("input[name=level3][value='推介会场次']")).hasCount(1);
        shot("1-project-refused", page.locator("#error-amount"));

        page.locator("input[name=amount]").fill("300");
        page.locator("input[name=period]").nth(1).fill("12月底");
        page.locator("input[name=percent]").nth(1).fill("100 ％");
        button("保存项目").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.notice")).hasText("项目已保存");
        var project = stored(id).projects().get(0);
        assertThat(project.amount()).isEqualByComparingTo("300");
        assertThat(project.purpose()).isEqualTo("用于招商推介活动的场地与资料");
        assertThat(project.paymentPlan()).extracting(p -> p.percent().stripTrailingZeros().toPlainString()).containsExactly("50", "100");
        assertThat(project.indicators()).anyMatch(i -> "推介会场次".equals(i.level3()));
    }

    @Test
    void draftingTheBlankSectionsKeepsTextTypedElsewhereAndSaysWhenDraftedFiguresWentStale() throws Exception {
        long id = draftSignedIn(code(2), m -> {
            var narrative = new java.util.EnumMap<NarrativeSection, String>(NarrativeSection.class);
            narrative.putAll(m.narrative());
            narrative.remove(NarrativeSection.PROCUREMENT);
            return Drafter.redraft(m.toBuilder().narrative(narrative).build(), NarrativeSection.OPERATING_COST);
        });
        page.navigate(url("/work/" + id));
        page.locator("#section-OTHER").fill("本部门无其他需要说明的事项（尚未保存）。");
        page.locator("input[name=operatingCost]").fill("1600.00");
        button("按表格数据起草空白部分").click();
        assertThat(page.locator(".flash.notice")).containsText("已按表格数据起草");
        assertThat(page.locator("#section-OTHER")).hasValue("本部门无其他需要说明的事项（尚未保存）。");
        assertThat(page.locator("#section-PROCUREMENT")).not().hasValue("");
        assertThat(page.locator("input[name=operatingCost]")).hasValue("1600.00");
        DepartmentBudget saved = stored(id);
        assertThat(saved.narrative(NarrativeSection.OTHER)).isEqualTo("本部门无其他需要说明的事项（尚未保存）。");
        assertThat(saved.operatingCost()).isEqualByComparingTo("1600");

        // The 机关运行经费 section was drafted from 1542.76 and still says so: the notice names the figure, old → new.
        Locator stale = page.locator("#stale-OPERATING_COST");
        assertThat(stale).containsText("1542.76");
        assertThat(stale).containsText("1600.00");
        assertThat(stale).containsText("→");
        assertThat(page.locator("#stale-PROCUREMENT")).hasCount(0);
        shot("2-drafted-stale", stale);
    }

    @Test
    void aRefusedMoveKeepsTheCommentTyped() throws Exception {
        long id = draftSignedIn(code(3), ClerkDayBrowserTest::withoutErrors);
        jdbc.sql("update disclosure set status = 'SUBMITTED' where id = ?").param(id).update();
        if (users.find("cd-reviewer").isEmpty()) {
            users.create("cd-reviewer", PASSWORD, Role.REVIEWER, null, REGION);
        }
        signInAs("cd-reviewer", PASSWORD);
        page.navigate(url("/work/" + id));
        page.locator("form.review-return textarea").fill("请补充项目预算数，改在项目支出表。");
        // Someone else moved the version meanwhile: the return is refused, the comment must stay.
        jdbc.sql("update disclosure set lock_version = lock_version + 1 where id = ?").param(id).update();
        button("退回修改").click();
        page.waitForLoadState();
        assertThat(page.locator(".flash.error")).isVisible();
        assertThat(page.locator("form.review-return textarea")).hasValue("请补充项目预算数，改在项目支出表。");
    }

    @Test
    void theReviewerReadsEachWarningsExplanationAndTheAuditSaysWhatChanged() throws Exception {
        long id = draftSignedIn(code(4), ClerkDayBrowserTest::withoutErrors);
        page.navigate(url("/work/" + id));
        Locator units = page.locator("form.part[action$='/save/units']");
        String name = units.locator("input[name=name]").first().inputValue();
        units.locator("input[name=name]").first().fill(name + "（更名）");
        units.locator("button[type=submit]").click();
        assertThat(units.locator(".save-status")).containsText("已保存");
        assertThat(page.locator("#findings")).containsText("0 个错误");

        Locator explanations = page.locator("#actions textarea[name^=explain-]");
        assertThat(explanations.first()).isVisible();
        int count = explanations.count();
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String rule = explanations.nth(i).getAttribute("name").substring("explain-".length());
            rules.add(rule);
            explanations.nth(i).fill("第 " + (i + 1) + " 类警告的原因：项目预算数在政府采购表中列示。");
        }
        button("提交审核").click();
        page.waitForLoadState();
        assertThat(page.locator("#status")).hasText("已提交");

        if (users.find("cd-reviewer").isEmpty()) {
            users.create("cd-reviewer", PASSWORD, Role.REVIEWER, null, REGION);
        }
        signInAs("cd-reviewer", PASSWORD);
        page.navigate(url("/work/" + id));
        for (int i = 0; i < count; i++) {
            assertThat(page.locator("#explained-" + rules.get(i))).containsText("第 " + (i + 1) + " 类警告的原因");
        }
        assertThat(page.locator("#audit")).not().containsText("修改 1 处");
        assertThat(page.locator("#audit + table")).containsText("机构设置：");
        assertThat(page.locator("#audit + table")).containsText("→ " + name + "（更名）");
        shot("3-reviewer-reads-explanations", page.locator("#report .explained"));
    }

    @Test
    void oneWrongIncomeLineIsOneRootCauseLinkedToItsFormRow() throws Exception {
        long id = draftSignedIn(code(5), m -> m);
        page.navigate(url("/work/" + id));
        Locator incomes = page.locator("form.part[action$='/save/incomes']");
        BigDecimal amount = new BigDecimal(incomes.locator("input[name=amount]").first().inputValue());
        incomes.locator("input[name=amount]").first().fill(amount.add(BigDecimal.ONE).toPlainString());
        incomes.locator("button[type=submit]").click();
        assertThat(incomes.locator(".save-status")).containsText("已保存");

        Locator root = page.locator("#report .root-cause");
        assertThat(root).hasCount(1);
        assertThat(root).containsText("收入第 1 行");
        assertThat(root.locator("a.fix").first()).hasAttribute("href", "#incomes-row-1");
        // The four rules that compare the same two totals are its consequences, listed under it and not again.
        assertThat(root.locator("li.consequence")).hasCount(4);
        for (String rule : List.of("R-BAL-04", "R-BAL-06", "R-TXT-01", "R-XT-03")) {
            assertThat(root).containsText(rule);
            assertThat(page.locator("#report details.finding-group[data-rule=" + rule + "]")).hasCount(0);
        }
        // A real second error (the overview's total was wrong before) stays where it was, on its own.
        assertThat(page.locator("#report details.finding-group[data-rule=R-TXT-03]")).hasCount(1);
        assertThat(page.locator("#report a[href*='/preview#']", new Page.LocatorOptions().setHasText("去修改"))).hasCount(0);
        shot("4-root-cause", root);
        root.locator("a.fix").first().click();
        assertThat(page.locator("#incomes-row-1 input[name=amount]")).isInViewport();
    }
}
