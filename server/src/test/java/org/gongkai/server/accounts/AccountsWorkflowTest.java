package org.gongkai.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Money;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.AccountsFixture;
import org.gongkai.server.DepartmentYears;
import org.gongkai.server.ServerTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 部门决算 through the API on the real (embedded) database: started from the published budget, edited as JSON (a bad
 * model refused by JSON path), submitted, approved, published beside the budget, corrected as a new version — and
 * never seen by an anonymous reader before it is published.
 */
class AccountsWorkflowTest extends ServerTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String REGION = "130371";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void usersAndDepartments() {
        for (String code : new String[] {"788", "789", "790"}) {
            repository.ensureDepartment(code, "决算流程测试局" + code, REGION);
            DepartmentYears.startAfresh(jdbc, code);
            users.create("acc-clerk-" + code, PASSWORD, Role.DEPARTMENT, code, REGION);
        }
        users.create("acc-reviewer", PASSWORD, Role.REVIEWER, null, REGION);
    }

    @AfterAll
    void offThePortal() {
        for (String code : new String[] {"788", "789", "790"}) {
            DepartmentYears.offThePortal(jdbc, events, code, AccountsFixture.YEAR);
        }
    }

    @Test
    void aFinalAccountsGoesFromItsBudgetThroughTheWorkflowToThePortalAndIsCorrected() throws Exception {
        String clerk = "acc-clerk-788";
        AccountsFixture.Pair pair = AccountsFixture.of("788", "决算流程测试局788");
        publishBudget(clerk, pair);

        // 新建决算 from the published budget: its lines are the 年初预算数, the 决算数 start equal to them.
        JsonNode started = body(post(clerk, "/api/disclosures/accounts/start?year=2024&fromBudget=true", null), HttpStatus.OK);
        JsonNode draft = started.get("disclosure");
        assertThat(draft.get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(draft.get("kindName").asText()).isEqualTo("部门决算");
        assertThat(draft.get("version").asInt()).isEqualTo(1);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        long id = draft.get("id").asLong();
        FinalAccounts first = ModelJson.readAccounts(as(clerk).getForObject("/api/disclosures/" + id + "/model", String.class), "test");
        BigDecimal budgetTotal = pair.budget().figures().expenditureTotal();
        assertThat(first.initialBudget(l -> true)).isEqualByComparingTo(budgetTotal);
        assertThat(first.expenditureTotal()).isEqualByComparingTo(budgetTotal);
        assertThat(first.threePublicBudget().total()).isEqualByComparingTo(pair.budget().figures().threePublic().total());
        // One open 决算 at a time; the budget's own version is not in its way.
        assertThat(post(clerk, "/api/disclosures/accounts/start?year=2024&fromBudget=true", null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        // A model that does not read is refused by the JSON path of what is wrong, and nothing is saved.
        String bad = ModelJson.write(pair.accounts()).replaceFirst("\"initial\" : [0-9.]+", "\"initial\" : \"很多\"");
        ResponseEntity<String> refused = put(clerk, "/api/disclosures/" + id + "/model?lockVersion=0", bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).get("problems").get(0).get("path").asText()).isEqualTo("budgeted[0].initial");
        // A budget's model is not a 决算's.
        assertThat(put(clerk, "/api/disclosures/" + id + "/model?lockVersion=0", ModelJson.write(pair.budget())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        // Its 年初预算数 are held to the budget the department published for the year.
        FinalAccounts a = pair.accounts();
        java.util.List<org.gongkai.core.accounts.BudgetedLine> budgeted = new java.util.ArrayList<>(a.budgeted());
        org.gongkai.core.accounts.BudgetedLine first0 = budgeted.stream().filter(l -> l.initial() != null && l.source().isFiscalAppropriation())
                .findFirst().orElseThrow();
        budgeted.set(budgeted.indexOf(first0), new org.gongkai.core.accounts.BudgetedLine(first0.functionCode(), first0.kind(), first0.source(),
                first0.initial().add(BigDecimal.ONE), first0.adjusted()));
        JsonNode misstated = body(put(clerk, "/api/disclosures/" + id + "/model?lockVersion=0", ModelJson.write(new FinalAccounts(
                a.actuals(), budgeted, a.balances(), a.threePublicBudget(), a.threePublicCounts(), a.procurement(), a.evaluations()))),
                HttpStatus.OK);
        assertThat(misstated.get("findings").findValuesAsText("rule")).contains("R-ACC-12");
        int misstatedLock = misstated.get("disclosure").get("lockVersion").asInt();

        JsonNode saved = body(put(clerk, "/api/disclosures/" + id + "/model?lockVersion=" + misstatedLock, ModelJson.write(pair.accounts())),
                HttpStatus.OK);
        assertThat(saved.get("findings").findValuesAsText("rule")).doesNotContain("R-ACC-12");
        int lock = saved.get("disclosure").get("lockVersion").asInt();
        assertThat(saved.get("findings").findValuesAsText("severity")).doesNotContain("ERROR");
        // Its data-entry workbook is the 决算 variant, holding what was saved.
        ResponseEntity<byte[]> workbook = as(clerk).getForEntity("/api/disclosures/" + id + "/template", byte[].class);
        assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(workbook.getHeaders().getContentDisposition().getFilename()).contains("决算");
        assertThat(org.gongkai.io.template.TemplateReader.readAccounts("决算.xlsx", workbook.getBody()).expenditureTotal())
                .isEqualByComparingTo(pair.accounts().expenditureTotal());
        // Uploaded back, the workbook replaces the 决算's data; a budget's model is refused with what it is.
        ResponseEntity<String> refusedUpload = upload(clerk, id, lock, "预算.json", ModelJson.write(pair.budget()).getBytes(StandardCharsets.UTF_8));
        assertThat(refusedUpload.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusedUpload.getBody()).contains("不是部门决算");
        JsonNode uploaded = body(upload(clerk, id, lock, "决算.xlsx", workbook.getBody()), HttpStatus.OK);
        assertThat(uploaded.get("readAs").asText()).isEqualTo("数据填报模板");
        lock = uploaded.get("disclosure").get("lockVersion").asInt();
        assertThat(ModelJson.readAccounts(as(clerk).getForObject("/api/disclosures/" + id + "/model", String.class), "test")
                .expenditureTotal()).isEqualByComparingTo(pair.accounts().expenditureTotal());

        JsonNode submitted = body(post(clerk, "/api/disclosures/" + id + "/submit?lockVersion=" + lock
                + "&explanation=决算数与预算数的差异已在说明中列明", null), HttpStatus.OK);
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode approved = body(post("acc-reviewer", "/api/disclosures/" + id + "/approve?lockVersion="
                + submitted.get("lockVersion").asInt(), null), HttpStatus.OK);
        assertThat(readerSees("788", id)).as("an approved 决算 is not yet public").isFalse();
        JsonNode published = body(post("acc-reviewer", "/api/disclosures/" + id + "/publish?lockVersion="
                + approved.get("lockVersion").asInt(), null), HttpStatus.OK);
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");

        // Beside the budget on the portal, with the execution of each class.
        assertThat(readerSees("788", id)).isTrue();
        String page = http.getForObject("/d/788/2024", String.class);
        assertThat(page).contains("部门预算和决算").contains("部门决算表").contains("部门预算表").contains("95.00%");
        JsonNode execution = json.readTree(http.getForObject("/api/public/departments/788/2024/execution", String.class));
        JsonNode executed = null;
        for (JsonNode row : execution.get("byClass")) {
            executed = row.get("code").asText().equals(pair.classCode()) ? row : executed;
        }
        assertThat(executed).isNotNull();
        assertThat(executed.get("rate").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(execution.get("total").get("rate").decimalValue()).isEqualByComparingTo(pair.totalRate());
        assertThat(json.readTree(http.getForObject("/api/public/departments/788/2024?kind=FINAL_ACCOUNTS", String.class))
                .get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(repository.current("788", 2024).orElseThrow().version()).as("the budget stays as it was").isEqualTo(1);
        // Its package in the exporters' formats, beside the budget's.
        ResponseEntity<String> html = http.getForEntity("/d/788/2024/download/html?kind=FINAL_ACCOUNTS", String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getBody()).contains("收入支出决算总表");
        assertThat(http.getForObject("/d/788/2024/download/html", String.class)).doesNotContain("收入支出决算总表");

        // A correction is a new version of the 决算, published in its place; the first stays readable, marked so.
        JsonNode correction = body(post(clerk, "/api/disclosures/" + id + "/correct?reason=补充年末结转", null), HttpStatus.OK);
        assertThat(correction.get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(correction.get("version").asInt()).isEqualTo(2);
        assertThat(post(clerk, "/api/disclosures/" + id + "/correct?reason=再次更正", null).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        long second = correction.get("id").asLong();
        JsonNode resubmitted = body(post(clerk, "/api/disclosures/" + second + "/submit?lockVersion=" + correction.get("lockVersion").asInt()
                + "&explanation=同上", null), HttpStatus.OK);
        JsonNode reapproved = body(post("acc-reviewer", "/api/disclosures/" + second + "/approve?lockVersion="
                + resubmitted.get("lockVersion").asInt(), null), HttpStatus.OK);
        body(post("acc-reviewer", "/api/disclosures/" + second + "/publish?lockVersion=" + reapproved.get("lockVersion").asInt(), null),
                HttpStatus.OK);
        assertThat(repository.current("788", 2024, org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS).orElseThrow().id())
                .isEqualTo(second);
        assertThat(http.getForObject("/d/788/2024?kind=FINAL_ACCOUNTS&version=1", String.class)).contains("已被更正").contains("部门决算");
        JsonNode list = json.readTree(http.getForObject("/api/public/disclosures?year=2024&size=1000", String.class));
        long accountsListed = 0;
        for (JsonNode v : list) {
            accountsListed += v.get("departmentCode").asText().equals("788") && v.get("kind").asText().equals("FINAL_ACCOUNTS") ? 1 : 0;
        }
        assertThat(accountsListed).isEqualTo(2);
    }

    @Test
    void anAnonymousReaderNeverSeesAnUnpublishedFinalAccounts() throws Exception {
        String clerk = "acc-clerk-789";
        AccountsFixture.Pair pair = AccountsFixture.of("789", "决算流程测试局789");
        publishBudget(clerk, pair);
        long id = body(post(clerk, "/api/disclosures/accounts", ModelJson.write(pair.accounts())), HttpStatus.OK)
                .get("disclosure").get("id").asLong();
        assertThat(readerSees("789", id)).as("a draft").isFalse();
        JsonNode submitted = body(post(clerk, "/api/disclosures/" + id + "/submit?lockVersion=0&explanation=已说明", null),
                HttpStatus.OK);
        assertThat(readerSees("789", id)).as("a submitted version").isFalse();
        body(post("acc-reviewer", "/api/disclosures/" + id + "/approve?lockVersion=" + submitted.get("lockVersion").asInt(), null),
                HttpStatus.OK);
        assertThat(readerSees("789", id)).as("an approved version").isFalse();
        // Nor through the signed-in API without signing in.
        assertThat(http.getForEntity("/api/disclosures/" + id + "/model", String.class).getStatusCode())
                .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    @Test
    void aFinalAccountsPublishedWithoutItsBudgetShowsAlone() throws Exception {
        String clerk = "acc-clerk-790";
        AccountsFixture.Pair pair = AccountsFixture.of("790", "决算流程测试局790");
        long id = body(post(clerk, "/api/disclosures/accounts", ModelJson.write(pair.accounts())), HttpStatus.OK)
                .get("disclosure").get("id").asLong();
        JsonNode submitted = body(post(clerk, "/api/disclosures/" + id + "/submit?lockVersion=0&explanation=已说明", null), HttpStatus.OK);
        JsonNode approved = body(post("acc-reviewer", "/api/disclosures/" + id + "/approve?lockVersion="
                + submitted.get("lockVersion").asInt(), null), HttpStatus.OK);
        body(post("acc-reviewer", "/api/disclosures/" + id + "/publish?lockVersion=" + approved.get("lockVersion").asInt(), null),
                HttpStatus.OK);

        String page = http.getForObject("/d/790/2024", String.class);
        assertThat(page).contains("年<span>部门决算</span>").contains("id=\"accounts-table-1\"").contains("部门决算情况说明")
                .doesNotContain("预算执行情况").doesNotContain("部门预算表");
        assertThat(json.readTree(http.getForObject("/api/public/departments/790/2024", String.class)).get("kind").asText())
                .isEqualTo("FINAL_ACCOUNTS");
        assertThat(http.getForEntity("/api/public/departments/790/2024/execution", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/d/790/2024?kind=BUDGET", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Whether anything public shows the department's 2024 决算: its page, its data, its model, the open-data list, the search. */
    private boolean readerSees(String code, long id) throws Exception {
        String page = http.getForObject("/d/" + code + "/2024", String.class);
        boolean onPage = page.contains("部门决算表") || page.contains("预算执行情况");
        boolean asData = http.getForEntity("/api/public/departments/" + code + "/2024?kind=FINAL_ACCOUNTS", String.class)
                .getStatusCode() == HttpStatus.OK;
        boolean alone = http.getForEntity("/d/" + code + "/2024?kind=FINAL_ACCOUNTS", String.class).getStatusCode() == HttpStatus.OK;
        boolean model = http.getForEntity("/api/public/disclosures/" + id, String.class).getStatusCode() == HttpStatus.OK;
        boolean listed = false;
        for (JsonNode v : json.readTree(http.getForObject("/api/public/disclosures?year=2024&size=1000", String.class))) {
            listed |= v.get("id").asLong() == id;
        }
        String hits = http.getForObject("/api/public/search?q=" + code, String.class);
        boolean found = hits.contains("部门决算");
        assertThat(onPage == asData && asData == alone && alone == model && model == listed && listed == found)
                .as("every public view agrees (page %s, data %s, alone %s, model %s, listed %s, search %s)", onPage, asData, alone, model,
                        listed, found).isTrue();
        return onPage;
    }

    /** The department's 2024 budget through the workflow, so that its 决算 has something to start from and stand beside. */
    private ResponseEntity<String> upload(String user, long id, int lockVersion, String name, byte[] bytes) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return as(user).postForEntity("/api/disclosures/" + id + "/upload?lockVersion=" + lockVersion,
                new org.springframework.http.HttpEntity<>(form, headers), String.class);
    }

    private void publishBudget(String clerk, AccountsFixture.Pair pair) throws Exception {
        JsonNode created = body(post(clerk, "/api/disclosures", ModelJson.write(pair.budget())), HttpStatus.OK).get("disclosure");
        long id = created.get("id").asLong();
        JsonNode submitted = body(post(clerk, "/api/disclosures/" + id + "/submit?lockVersion=0&explanation=已核对", null),
                HttpStatus.OK);
        JsonNode approved = body(post("acc-reviewer", "/api/disclosures/" + id + "/approve?lockVersion="
                + submitted.get("lockVersion").asInt(), null), HttpStatus.OK);
        body(post("acc-reviewer", "/api/disclosures/" + id + "/publish?lockVersion=" + approved.get("lockVersion").asInt(), null),
                HttpStatus.OK);
        BigDecimal listed = Money.sum(pair.budget().expenditures(), ExpenditureLine::amount);
        assertThat(json.readTree(http.getForObject("/api/public/departments/" + pair.budget().department().code() + "/2024", String.class))
                .get("summary").get("total").decimalValue()).isEqualByComparingTo(listed);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PASSWORD);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return sendJson(as(user), HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        return sendJson(as(user), HttpMethod.PUT, path, body);
    }

    private JsonNode body(ResponseEntity<String> response, HttpStatus expected) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        return json.readTree(response.getBody());
    }

}
