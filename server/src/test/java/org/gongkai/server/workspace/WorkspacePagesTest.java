package org.gongkai.server.workspace;

import org.gongkai.server.DepartmentYears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateWriter;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The signed-in pages on real PostgreSQL: forms change the model, refusals come back as messages, nothing is lost. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspacePagesTest {

    private static final String PASSWORD = "correct-horse-battery";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data-dir", () -> "target/test-data-" + UUID.randomUUID());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;

    @BeforeAll
    void people() {
        repository.ensureDepartment("999", "测试部门", "130371");
        users.create("w-dept999", PASSWORD, Role.DEPARTMENT, "999", "130371");
        users.create("w-dept430", PASSWORD, Role.DEPARTMENT, "430", "130371");
        users.create("w-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
        users.create("w-locked", PASSWORD, Role.DEPARTMENT, "999", "130371");
    }

    private UserDetails as(String name) {
        return users.loadUserByUsername(name);
    }

    private DepartmentBudget model() {
        return ValidPackages.random(21, 12);
    }

    private long draft() {
        DepartmentYears.withdrawOpen(jdbc, "999");
        return repository.create("999", model().year(), ModelJson.write(model()), null);
    }

    private DepartmentBudget stored(long id) {
        return ModelJson.parse(repository.find(id).orElseThrow().model(), "stored");
    }

    private int lock(long id) {
        return repository.find(id).orElseThrow().lockVersion();
    }

    private MockHttpServletRequestBuilder linesForm(long id, int lockVersion, DepartmentBudget model) {
        MockHttpServletRequestBuilder form = post("/work/" + id + "/save/lines").with(csrf()).with(user(as("w-dept999")))
                .param("lockVersion", String.valueOf(lockVersion));
        for (ExpenditureLine line : model.expenditures()) {
            form.param("code", line.functionCode().value()).param("kind", kind(line)).param("source", source(line))
                    .param("carried", line.carriedOver() ? "是" : "否").param("amount", line.amount().toPlainString());
        }
        return form;
    }

    private static String kind(ExpenditureLine line) {
        return org.gongkai.io.template.TemplateLabels.KINDS.get(line.kind());
    }

    private static String source(ExpenditureLine line) {
        return org.gongkai.io.template.TemplateLabels.SOURCES.get(line.source());
    }

    @Test
    void theDisclosurePageShowsEveryLineAsAnEditableRowAndTheReport() throws Exception {
        long id = draft();
        String page = mvc.perform(get("/work/" + id).with(user(as("w-dept999")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (ExpenditureLine line : model().expenditures()) {
            assertThat(page).contains("value=\"" + line.functionCode().value() + "\"");
        }
        assertThat(page).contains("检查结果").contains("提交审核").contains("name=\"_csrf\"");
    }

    @Test
    void aDraftWithoutAssetsShowsTheWholePage() throws Exception {
        // A draft made from the blank template has no 国有资产: the page used to stop there, without 说明 or 审计记录.
        DepartmentYears.withdrawOpen(jdbc, "999");
        long id = repository.create("999", model().year(), ModelJson.write(model().toBuilder().assets(null).build()), null);
        String page = mvc.perform(get("/work/" + id).with(user(as("w-dept999")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("保存国有资产").contains("部门预算情况说明").contains("审计记录").endsWith("</html>\n");
    }

    @Test
    void savingTheLinesFormChangesTheModelAndIsAudited() throws Exception {
        long id = draft();
        DepartmentBudget before = model();
        MockHttpServletRequestBuilder form = linesForm(id, lock(id), before)
                .param("code", "2010101").param("kind", "基本支出").param("source", "一般公共预算").param("carried", "否")
                .param("amount", "12.34");
        mvc.perform(form).andExpect(redirectedUrl("/work/" + id + "#lines")).andExpect(flash().attribute("notice", "已保存"));
        assertThat(stored(id).expenditures()).hasSize(before.expenditures().size() + 1)
                .anySatisfy(l -> assertThat(l.amount()).isEqualByComparingTo("12.34"));
        assertThat(repository.auditOf(id)).anySatisfy(a -> assertThat(a.actor()).isEqualTo("w-dept999"));
    }

    @Test
    void badCellsAreNamedByTableAndRowAndNothingIsSaved() throws Exception {
        long id = draft();
        int lock = lock(id);
        MockHttpServletRequestBuilder form = post("/work/" + id + "/save/lines").with(csrf()).with(user(as("w-dept999")))
                .param("lockVersion", String.valueOf(lock))
                .param("code", "2010101", "2999999", "2010101").param("kind", "基本支出", "基本支出", "基本支出")
                .param("source", "一般公共预算", "一般公共预算", "一般公共预算").param("carried", "否", "否", "否")
                .param("amount", "1.00", "2.00", "三块");
        String error = (String) mvc.perform(form).andExpect(redirectedUrl("/work/" + id + "#lines")).andReturn()
                .getFlashMap().get("error");
        assertThat(error).contains("支出第 2 行").contains("2999999").contains("支出第 3 行").contains("三块");
        assertThat(lock(id)).isEqualTo(lock);
        assertThat(stored(id)).isEqualTo(model());
    }

    @Test
    void aStaleFormGetsAConflictMessageAndTheOtherSaveIsKept() throws Exception {
        long id = draft();
        int read = lock(id);
        DepartmentBudget first = model().toBuilder().narrative(NarrativeSection.OTHER, "先保存的").build();
        mvc.perform(post("/work/" + id + "/save/narrative").with(csrf()).with(user(as("w-dept999")))
                .param("lockVersion", String.valueOf(read)).param("section-OTHER", "先保存的"))
                .andExpect(flash().attribute("notice", "已保存"));
        String error = (String) mvc.perform(linesForm(id, read, model())).andReturn().getFlashMap().get("error");
        assertThat(error).contains("保存冲突");
        assertThat(stored(id).narrative(NarrativeSection.OTHER)).isEqualTo(first.narrative(NarrativeSection.OTHER));
    }

    @Test
    void aProjectsIndicatorsAreEditedOnItsOwnPage() throws Exception {
        long id = draft();
        mvc.perform(get("/work/" + id + "/projects/0").with(user(as("w-dept999")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("绩效指标")));
        mvc.perform(post("/work/" + id + "/projects/0").with(csrf()).with(user(as("w-dept999")))
                        .param("lockVersion", String.valueOf(lock(id))).param("name", "改名后的项目").param("amount", "")
                        .param("goals", "目标一\r\n目标二")
                        .param("level1", "产出指标", "效益指标").param("level2", "数量指标", "满意度指标")
                        .param("level3", "完成数量", "群众满意度").param("description", "", "")
                        .param("value", "=10个", "≥90%").param("basis", "", ""))
                .andExpect(flash().attribute("notice", "项目已保存"));
        var project = stored(id).projects().get(0);
        assertThat(project.name()).isEqualTo("改名后的项目");
        assertThat(project.goals()).containsExactly("目标一", "目标二");
        assertThat(project.indicators()).extracting(i -> i.value()).containsExactly("=10个", "≥90%");
    }

    @Test
    void draftingFillsOnlyTheEmptySections() throws Exception {
        DepartmentYears.withdrawOpen(jdbc, "999");
        long id = repository.create("999", model().year(), ModelJson.write(model().toBuilder()
                .narrative(NarrativeSection.OVERVIEW, null).narrative(NarrativeSection.DUTIES, "我们自己写的职责").build()), null);
        mvc.perform(post("/work/" + id + "/draft").with(csrf()).with(user(as("w-dept999"))).param("lockVersion", String.valueOf(lock(id))))
                .andExpect(redirectedUrl("/work/" + id + "#narrative"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("已按表格数据起草："),
                        org.hamcrest.Matchers.containsString("预算安排总体情况"), org.hamcrest.Matchers.containsString("已有内容的部分未改动"))));
        assertThat(stored(id).narrative(NarrativeSection.DUTIES)).isEqualTo("我们自己写的职责");
        assertThat(stored(id).narrative(NarrativeSection.OVERVIEW)).contains("收入说明");

        // Drafting again changes nothing and says so; one section can be drafted again on purpose.
        mvc.perform(post("/work/" + id + "/draft").with(csrf()).with(user(as("w-dept999"))).param("lockVersion", String.valueOf(lock(id))))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("未作改动")));
        jdbc.sql("update disclosure set model = jsonb_set(model, '{narrative,OVERVIEW}', '\"旧的总体情况\"') where id = ?").param(id).update();
        mvc.perform(post("/work/" + id + "/draft").with(csrf()).with(user(as("w-dept999"))).param("lockVersion", String.valueOf(lock(id)))
                        .param("section", "OVERVIEW"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("已按表格数据重新起草")));
        assertThat(stored(id).narrative(NarrativeSection.OVERVIEW)).contains("收入说明");
        String list = mvc.perform(get("/work").with(user(as("w-dept999")))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("name=\"year\"").contains((java.time.Year.now().getValue() + 1) + " 年");
    }

    @Test
    void aTemplateUploadedThroughThePageBecomesADraftAndShowsItsReport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model(), out);
        DepartmentYears.startAfresh(jdbc, "999");
        String location = mvc.perform(multipart("/work/upload").file(new MockMultipartFile("file", "填报.xlsx", null, out.toByteArray()))
                        .with(csrf()).with(user(as("w-dept999"))))
                .andExpect(redirectedUrlPattern("/work/*"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("数据填报模板")))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/work/".length()));
        assertThat(stored(id)).isEqualTo(model());
    }

    @Test
    void aBrokenUploadComesBackAsAMessageAndCreatesNothing() throws Exception {
        int before = repository.list("999", null, null).size();
        String error = (String) mvc.perform(multipart("/work/upload")
                        .file(new MockMultipartFile("file", "坏.docx", null, new byte[] {'P', 'K', 3, 4, 1}))
                        .with(csrf()).with(user(as("w-dept999"))))
                .andExpect(redirectedUrl("/work")).andReturn().getFlashMap().get("error");
        assertThat(error).contains("坏.docx");
        assertThat(repository.list("999", null, null)).hasSize(before);
    }

    @Test
    void nextYearStartsFromThisYearAndWhatCarriesOverMustBeCheckedBeforeSubmitting() throws Exception {
        DepartmentYears.startAfresh(jdbc, "999");
        long id = repository.create("999", model().year(), ModelJson.write(model()), null);
        jdbc.sql("update disclosure set status = 'PUBLISHED' where id = ?").param(id).update();
        int nextYear = model().year() + 1;
        String location = mvc.perform(post("/work/" + id + "/roll-forward").with(csrf()).with(user(as("w-dept999"))))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("已开始 " + nextYear + " 年预算")))
                .andReturn().getResponse().getRedirectedUrl();
        long next = Long.parseLong(location.substring("/work/".length()));
        DepartmentBudget rolled = stored(next);
        assertThat(rolled.year()).isEqualTo(nextYear);
        assertThat(rolled.threePublicLastYear()).isEqualTo(model().figures().threePublic());
        assertThat(rolled.previousYear().expenditureTotal()).isEqualByComparingTo(model().figures().expenditureTotal());
        assertThat(repository.toReview(next)).contains("LINES");

        String page = mvc.perform(get("/work/" + next).with(user(as("w-dept999")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("沿用上年内容").contains("href=\"#lines\"");
        mvc.perform(post("/work/" + next + "/move/submit").with(csrf()).with(user(as("w-dept999")))
                        .param("lockVersion", String.valueOf(lock(next))).param("text", "说明"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("沿用上年的内容尚未核对")));
        mvc.perform(linesForm(next, lock(next), rolled)).andExpect(flash().attribute("notice", "已保存"));
        assertThat(repository.toReview(next)).doesNotContain("LINES");
        assertThat(repository.auditOf(next)).anySatisfy(a -> assertThat(a.summary()).contains("结转"));
    }

    @Test
    void findingsLeadToWhereTheyAreFixedAndThePublishedTablesArePreviewedBeforePublishing() throws Exception {
        DepartmentBudget sample = ModelJson.read(java.nio.file.Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
        repository.ensureDepartment(sample.department().code(), sample.department().name(), "130371");
        DepartmentYears.startAfresh(jdbc, sample.department().code());
        long id = repository.create(sample.department().code(), sample.year(), ModelJson.write(sample), null);
        String user = "w-dept" + sample.department().code();
        if (users.find(user).isEmpty()) {
            users.create(user, PASSWORD, Role.DEPARTMENT, sample.department().code(), "130371");
        }
        String page = mvc.perform(get("/work/" + id).with(user(as(user)))).andReturn().getResponse().getContentAsString();
        // 「2023年部门支出预算为8320.77万元」 against tables of 8900.03: the link opens the section to correct.
        assertThat(page).contains("R-TXT-03").contains("href=\"#section-OVERVIEW\"").contains("id=\"lines-row-1\"")
                .contains("/work/" + id + "/preview");
        String preview = mvc.perform(get("/work/" + id + "/preview").with(user(as(user)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("id=\"table-1\"").contains("id=\"t1-1\"").contains("id=\"table-9\"").contains("8,900.03");
        var pdf = mvc.perform(get("/work/" + id + "/preview/pdf").with(user(as(user)))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void findingsOfOneWrongFigureAreShownAsOneCause() {
        DepartmentBudget model = model();
        var incomes = new java.util.ArrayList<>(model.incomes());
        var first = incomes.get(0);
        incomes.set(0, new org.gongkai.core.budget.Income(first.source(), first.amount().add(java.math.BigDecimal.ONE), first.carriedOver()));
        var findings = org.gongkai.core.rules.RuleRegistry.check(org.gongkai.core.rules.Disclosure.generated(
                model.toBuilder().incomes(incomes).build(), org.gongkai.core.classification.ClassificationCatalog.builtIn()));
        assertThat(FindingLinks.causes(findings)).singleElement().satisfies(cause -> {
            assertThat(cause.rules()).hasSizeGreaterThanOrEqualTo(2);
            String[] pair = cause.figures().split(" 与 ");
            assertThat(new java.math.BigDecimal(pair[1]).subtract(new java.math.BigDecimal(pair[0]))).isEqualByComparingTo("1");
        });
    }

    @Test
    void anEducationBureauEntersSubmitsAndPublishesEvenWithACodeTheCatalogLacks() throws Exception {
        // 2050297 is well formed under 20502 普通教育 but in no catalog: it is accepted with a warning, never refused.
        String[] codes = {"2050101", "2050201", "2130101", "2050297"};
        List<ExpenditureLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < model().expenditures().size(); i++) {
            ExpenditureLine line = model().expenditures().get(i);
            lines.add(new ExpenditureLine(org.gongkai.core.classification.FunctionCode.of(codes[i % codes.length]), line.kind(), line.source(),
                    line.carriedOver(), line.amount()));
        }
        DepartmentBudget education = org.gongkai.core.narrative.Drafter.redraft(model().toBuilder().expenditures(lines).build(),
                NarrativeSection.GLOSSARY);
        DepartmentYears.startAfresh(jdbc, "999");
        long id = repository.create("999", education.year(), ModelJson.write(education), null);
        mvc.perform(linesForm(id, lock(id), education)).andExpect(flash().attribute("notice", "已保存"));
        String page = mvc.perform(get("/work/" + id).with(user(as("w-dept999")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("R-CAT-08").contains("2050297").contains("检查结果：<span>0</span> 个错误");
        submit(id);
        mvc.perform(post("/work/" + id + "/move/approve").with(csrf()).with(user(as("w-reviewer"))).param("lockVersion", String.valueOf(lock(id))))
                .andExpect(flash().attribute("notice", "已审核通过"));
        mvc.perform(post("/work/" + id + "/move/publish").with(csrf()).with(user(as("w-reviewer"))).param("lockVersion", String.valueOf(lock(id))))
                .andExpect(flash().attribute("notice", "已公开"));
        String portal = mvc.perform(get("/d/999/" + education.year())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("测试部门").contains("2050201").contains("学前教育").contains("2050297").contains("（目录中无此科目）");
    }

    @Test
    void aDraftCanBeDeletedAndLeavesTheList() throws Exception {
        long id = draft();
        mvc.perform(post("/work/" + id + "/withdraw").with(csrf()).with(user(as("w-dept999"))).param("lockVersion", String.valueOf(lock(id))))
                .andExpect(redirectedUrl("/work")).andExpect(flash().attribute("notice", org.hamcrest.Matchers.containsString("草稿已删除")));
        assertThat(repository.find(id).orElseThrow().status().name()).isEqualTo("WITHDRAWN");
        String list = mvc.perform(get("/work").with(user(as("w-dept999")))).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("href=\"/work/" + id + "\"");
    }

    @Test
    void theReviewerSeesTheQueueAndWhatTheDepartmentChangedAfterAReturn() throws Exception {
        long id = draft();
        submit(id);
        mvc.perform(post("/work/" + id + "/move/return").with(csrf()).with(user(as("w-reviewer")))
                .param("lockVersion", String.valueOf(lock(id))).param("text", "支出第1行金额有误")).andExpect(flash().attribute("notice", "已退回"));
        MockHttpServletRequestBuilder narrative = post("/work/" + id + "/save/narrative").with(csrf()).with(user(as("w-dept999")))
                .param("lockVersion", String.valueOf(lock(id)));
        java.util.Map<NarrativeSection, String> sections = new java.util.EnumMap<>(model().narrative());
        sections.put(NarrativeSection.OTHER, "本部门无其他需要说明的事项（退回后补充）。");
        sections.forEach((section, text) -> narrative.param("section-" + section.name(), text));
        mvc.perform(narrative).andExpect(flash().attribute("notice", "已保存"));
        submit(id);

        String queue = mvc.perform(get("/work").with(user(as("w-reviewer")))).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("待审核").contains("/work/" + id + "/changes");
        String changes = mvc.perform(get("/work/" + id + "/changes").with(user(as("w-reviewer")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(changes).contains("本次提交相对上次提交的修改").contains("说明·其他需要说明的事项")
                .contains("<ins>本部门无其他需要说明的事项（退回后补充）。</ins>");
        assertThat(repository.auditOf(id)).anySatisfy(a -> assertThat(a.summary()).startsWith("说明·其他需要说明的事项："));
    }

    private void submit(long id) throws Exception {
        var flashed = mvc.perform(post("/work/" + id + "/move/submit").with(csrf()).with(user(as("w-dept999")))
                .param("lockVersion", String.valueOf(lock(id))).param("text", "已核对")).andReturn().getFlashMap();
        assertThat(flashed.get("notice")).as(String.valueOf(flashed.get("error"))).isEqualTo("已提交");
    }

    @Test
    void aWarningNeedsAWrittenExplanationBeforeSubmitting() throws Exception {
        Project first = model().projects().get(0);
        Project unitless = new Project(first.code(), first.name(), first.unitCode(), first.unitName(), first.amount(),
                first.fiscalFunds(), first.otherFunds(), first.purpose(), first.paymentPlan(), first.goals(),
                java.util.stream.Stream.concat(first.indicators().stream(),
                        java.util.stream.Stream.of(new Indicator("产出指标", "数量指标", "完成批次", null, "≥90", null))).toList());
        List<Project> projects = new java.util.ArrayList<>(model().projects());
        projects.set(0, unitless);
        DepartmentBudget warned = model().toBuilder().projects(projects).build();
        DepartmentYears.withdrawOpen(jdbc, "999");
        long id = repository.create("999", warned.year(), ModelJson.write(warned), null);
        String page = mvc.perform(get("/work/" + id).with(user(as("w-dept999")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("R-PERF-07").contains("条警告逐类书面说明原因").contains("name=\"explain-R-PERF-07\"");

        mvc.perform(post("/work/" + id + "/move/submit").with(csrf()).with(user(as("w-dept999")))
                        .param("lockVersion", String.valueOf(lock(id))))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("书面说明")));
        assertThat(repository.find(id).orElseThrow().status().name()).isEqualTo("DRAFT");
        mvc.perform(post("/work/" + id + "/move/submit").with(csrf()).with(user(as("w-dept999")))
                        .param("lockVersion", String.valueOf(lock(id))).param("text", "该指标为完成率，单位为百分比，已与主管部门确认"))
                .andExpect(flash().attribute("notice", "已提交"));
        assertThat(repository.find(id).orElseThrow().status().name()).isEqualTo("SUBMITTED");
    }

    @Test
    void anotherDepartmentsDraftIsRefusedWithAPageNotAStackTrace() throws Exception {
        long id = draft();
        mvc.perform(get("/work/" + id).with(user(as("w-dept430")))).andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("无法打开此页")));
        mvc.perform(post("/work/" + id + "/save/lines").with(csrf()).with(user(as("w-dept430"))).param("lockVersion", "0"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("无权")));
        assertThat(stored(id)).isEqualTo(model());
    }

    @Test
    void aReviewerStartsABatchInspectionFromThePageAndFollowsIt() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("affairs.txt"));
            out.write(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "samples", "qhd-etdz-affairs-2023", "input.txt")));
            out.closeEntry();
        }
        mvc.perform(get("/work/inspect").with(user(as("w-reviewer")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("开始检查")));
        String location = mvc.perform(multipart("/work/inspect").file(new MockMultipartFile("file", "区县.zip", null, zip.toByteArray()))
                        .with(csrf()).with(user(as("w-reviewer"))))
                .andExpect(redirectedUrlPattern("/work/inspect/*")).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 100 && !page.contains("检查完成"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(location).with(user(as("w-reviewer")))).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("检查完成").contains("秦皇岛经济技术开发区机关事务服务中心").contains("report.xlsx");
        mvc.perform(get(location + "/report.xlsx").with(user(as("w-reviewer")))).andExpect(status().isOk());
        mvc.perform(get(location).with(user(as("w-dept999")))).andExpect(status().isForbidden());
        String error = (String) mvc.perform(multipart("/work/inspect").file(new MockMultipartFile("file", "不是压缩包.zip", null,
                new byte[] {1, 2, 3})).with(csrf()).with(user(as("w-reviewer")))).andReturn().getFlashMap().get("error");
        assertThat(error).contains("不是压缩包.zip");
    }

    @Test
    void pagesNeedASignInAndFormsNeedTheCsrfToken() throws Exception {
        mvc.perform(get("/work")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        long id = draft();
        mvc.perform(post("/work/" + id + "/save/lines").with(user(as("w-dept999"))).param("lockVersion", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("w-locked").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("w-locked").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("w-dept999").password(PASSWORD)).andExpect(redirectedUrl("/work"));
    }
}
