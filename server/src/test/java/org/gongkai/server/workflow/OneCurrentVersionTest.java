package org.gongkai.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.ServerTest;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One department-year has at most one open version and one current publication, whatever many callers do at once;
 * the losers get a 409 that says why, and a request refused with 400 leaves nothing behind.
 */
class OneCurrentVersionTest extends ServerTest {

    private static final String PASSWORD = "one-current-version";
    private static final int CALLERS = 20;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void departmentsAndUsers() {
        for (String code : List.of("701", "702", "703", "704")) {
            repository.ensureDepartment(code, "并发测试部门" + code, "130371");
            users.create("t-dept" + code, PASSWORD, Role.DEPARTMENT, code, "130371");
        }
        users.create("t-reviewer-701", PASSWORD, Role.REVIEWER, null, "130371");
    }

    @Test
    void twentyParallelCorrectionsOpenExactlyOneNewVersion() throws Exception {
        long published = publishedVersion("701");
        List<Integer> statuses = inParallel(() -> post("701", "/api/disclosures/" + published + "/correct?reason=并发更正", "")
                .getStatusCode().value());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CALLERS - 1);
        assertThat(openVersions("701")).isEqualTo(1);
        assertThat(post("701", "/api/disclosures/" + published + "/correct?reason=再次更正", "").getBody())
                .contains("已有未公开的第 2 版");
    }

    @Test
    void aPublishedDepartmentYearCannotBeCreatedAgainAndASupersededVersionCannotBeCorrected() throws Exception {
        long first = publishedVersion("702");
        ResponseEntity<String> again = post("702", "/api/disclosures", model("702"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).contains("已公开").contains("更正");

        long correction = id(post("702", "/api/disclosures/" + first + "/correct?reason=更正一", ""));
        publish("702", correction);
        ResponseEntity<String> stale = post("702", "/api/disclosures/" + first + "/correct?reason=在旧版上更正", "");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).contains("已被更正后的版本取代");
        assertThat(jdbc.sql("select count(*) from disclosure where department_code = '702' and status = 'PUBLISHED' and not superseded")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelCreationsOfOneDepartmentYearKeepOne() throws Exception {
        String body = model("703");
        List<Integer> statuses = inParallel(() -> post("703", "/api/disclosures", body).getStatusCode().value());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CALLERS - 1);
        assertThat(openVersions("703")).isEqualTo(1);
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenVersionAndASecondCurrentPublication() throws Exception {
        long published = publishedVersion("704");
        long correction = id(post("704", "/api/disclosures/" + published + "/correct?reason=库约束", ""));
        assertThat(correction).isPositive();
        assertThatThrownBy(() -> jdbc.sql("insert into disclosure (department_code, year, version, status, model) "
                + "select department_code, year, 99, 'DRAFT', model from disclosure where id = ?").param(correction).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into disclosure (department_code, year, version, status, model) "
                + "select department_code, year, 98, 'PUBLISHED', model from disclosure where id = ?").param(published).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anAmountBeyondAnyBudgetIsRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from disclosure").query(Long.class).single();
        String huge = model("701").replaceFirst("\"amount\" : [0-9.]+", "\"amount\" : 1E+100000");
        assertThat(huge).contains("1E+100000");
        ResponseEntity<String> refused = post("701", "/api/disclosures", huge);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("超出可接受的范围");
        assertThat(jdbc.sql("select count(*) from disclosure").query(Long.class).single()).isEqualTo(before);
    }

    private long publishedVersion(String department) throws Exception {
        long id = id(post(department, "/api/disclosures", model(department)));
        publish(department, id);
        return id;
    }

    private void publish(String department, long id) throws Exception {
        assertThat(post(department, "/api/disclosures/" + id + "/submit?explanation=测试&lockVersion=" + lock(id), "")
                .getStatusCode().value()).isEqualTo(200);
        assertThat(as("t-reviewer-701").exchange("/api/disclosures/" + id + "/approve?lockVersion=" + lock(id), HttpMethod.POST,
                null, String.class).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> published = post(department, "/api/disclosures/" + id + "/publish?lockVersion=" + lock(id), "");
        assertThat(published.getStatusCode().value()).as(published.getBody()).isEqualTo(200);
    }

    private List<Integer> inParallel(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long openVersions(String department) {
        return jdbc.sql("select count(*) from disclosure where department_code = ? and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')")
                .param(department).query(Long.class).single();
    }

    private String model(String department) throws Exception {
        ObjectNode tree = (ObjectNode) json.readTree(ModelJson.write(ValidPackages.random(31, 12)));
        ((ObjectNode) tree.get("department")).put("code", department).put("name", "并发测试部门" + department);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, PASSWORD);
    }

    private ResponseEntity<String> post(String department, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as("t-dept" + department).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private long id(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode node = json.readTree(response.getBody());
        return (node.has("disclosure") ? node.get("disclosure") : node).get("id").asLong();
    }

    private int lock(long id) throws Exception {
        JsonNode node = json.readTree(as("t-reviewer-701").getForEntity("/api/disclosures/" + id, String.class).getBody());
        return node.get("disclosure").get("lockVersion").asInt();
    }
}
