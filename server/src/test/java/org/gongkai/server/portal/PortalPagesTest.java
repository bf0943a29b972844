package org.gongkai.server.portal;

import org.gongkai.server.DepartmentYears;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.api.DisclosureService;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.gongkai.server.workflow.Action;
import org.junit.jupiter.api.BeforeAll;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The portal over HTTP on real PostgreSQL: cached pages, their invalidation by a publication, open data, errors. */
class PortalPagesTest extends ServerTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DisclosureService service;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    Users users;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void people() {
        users.create("p-dept430", "correct-horse-battery", Role.DEPARTMENT, "430", "130371");
        users.create("p-reviewer", "correct-horse-battery", Role.REVIEWER, null, "130371");
    }

    private String get(String path) {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void aPageIsServedFromTheCacheWithAnEtagAndRevalidates() {
        ResponseEntity<String> first = http.getForEntity("/d/442/2020", String.class);
        ResponseEntity<String> second = http.getForEntity("/d/442/2020", String.class);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        String etag = second.getHeaders().getETag();
        assertThat(etag).isNotBlank();
        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(etag);
        assertThat(http.exchange("/d/442/2020", HttpMethod.GET, new HttpEntity<>(conditional), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(second.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aCorrectionPublishedThroughTheWorkflowReplacesTheCachedPagesAndKeepsTheOldVersionReadable() throws Exception {
        assertThat(get("/d/430/2023")).doesNotContain("更正后的说明");
        assertThat(get("/")).contains("机关事务服务中心");
        var dept = users.loadUserByUsername("p-dept430");
        var reviewer = users.loadUserByUsername("p-reviewer");
        long first = repository.list("430", null, org.gongkai.server.workflow.Status.PUBLISHED).stream().filter(r -> r.year() == 2023)
                .findFirst().orElseThrow().id();
        DepartmentYears.withdrawOpen(jdbc, "430");
        var draft = service.correct(dept, first, "改正绩效指标方向");
        DepartmentBudget model = ModelJson.parse(draft.model(), "draft");
        String fixed = ModelJson.write(model.toBuilder().narrative(NarrativeSection.OTHER, "更正后的说明").build())
                .replace("≥308 万元", "≤308 万元").replace("≥24 小时", "≤24 小时").replace("8320.77", "8900.03");
        draft = service.saveModel(dept, draft.id(), draft.lockVersion(), ModelJson.parse(fixed, "fixed"));
        draft = service.submit(dept, draft.id(), draft.lockVersion(), "已核对");
        draft = service.review(reviewer, draft.id(), draft.lockVersion(), Action.APPROVE, null);
        int version = service.publish(dept, draft.id(), draft.lockVersion()).version();
        int original = repository.find(first).orElseThrow().version();
        assertThat(pageCache.getFilter().size()).as("首页（及非最新年度的年度页）、区域页在公开完成前已重新生成").isBetween(2, 3);

        String page = get("/d/430/2023");
        assertThat(page).contains("更正后的说明").contains("第 " + version + " 版").contains("改正绩效指标方向");
        assertThat(get("/d/430/2023?version=" + original)).contains("已被更正").contains("查看现行版本");
        JsonNode open = json.readTree(get("/api/public/departments/430/2023"));
        assertThat(open.get("version").asInt()).isEqualTo(version);
        assertThat(open.get("versions")).hasSize(2);
    }

    @Test
    void theOpenDataIsThePagesData() throws Exception {
        JsonNode home = json.readTree(get("/api/public/portal?year=2023"));
        assertThat(home.get("year").asInt()).isEqualTo(2023);
        JsonNode department = home.get("departments").get("rows").get(0);
        assertThat(department.get("total").decimalValue()).isEqualByComparingTo("8900.03");
        assertThat(get("/?year=2023")).contains(department.get("name").asText()).contains("8900.03");
        JsonNode region = json.readTree(get("/api/public/regions/130371?year=2020"));
        assertThat(region.get("totals").get("departments").asInt()).isEqualTo(2);
        assertThat(region.get("threePublicRanking")).hasSize(2);
        JsonNode compare = json.readTree(get("/api/public/compare?a=434&b=442&year=2020"));
        assertThat(compare.get("columns")).hasSize(2);
        assertThat(get("/compare?a=434&b=442&year=2020")).contains(compare.get("title").asText()).contains("id=\"chart-compare\"");
        JsonNode search = json.readTree(get("/api/public/search?q=2010350"));
        assertThat(search.get("hits").get(0).get("link").asText()).matches("/d/\\d+/\\d{4}#t\\d-\\d+");
    }

    @Test
    void theCatalogOfAYearIsBrowsedSearchedAndComparedWithTheYearBefore() {
        String page = http.getForObject("/catalog/2021?q=20805", String.class);
        assertThat(page).contains("2021 年支出功能分类科目").contains("行政事业单位养老支出").contains("id=\"c2080505\"")
                .contains("与 2020 年相比").contains("更名").contains("行政事业单位离退休");
        assertThat(http.getForObject("/catalog/2021?q=不存在的科目", String.class)).contains("没有找到");
        ResponseEntity<String> outside = http.getForEntity("/catalog/1990", String.class);
        assertThat(outside.getStatusCode().value()).isEqualTo(404);
        assertThat(outside.getBody()).contains("没有 1990 年的分类目录");
    }

    @Test
    void aYearsDisclosuresComeInBulk() {
        ResponseEntity<byte[]> csv = http.getForEntity("/api/public/bulk/2020.csv", byte[].class);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF年度,部门编码");
        assertThat(new String(http.getForEntity("/api/public/bulk/2023.csv", byte[].class).getBody(), StandardCharsets.UTF_8))
                .contains("2023,430,秦皇岛经济技术开发区机关事务服务中心,1,2010350,事业运行,基本支出,一般公共预算,否,3021.79");
        ResponseEntity<byte[]> fdp = http.getForEntity("/api/public/bulk/2020-fdp.zip", byte[].class);
        assertThat(fdp.getBody()).startsWith('P', 'K');
        assertThat(http.getForEntity("/api/public/bulk/1999.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDocumentPublishedWithoutTablesIsSummarisedFromItsTextAndSaysSo() throws Exception {
        JsonNode row = json.readTree(get("/api/public/departments/442/2020")).get("summary");
        assertThat(row.get("statedInText").asBoolean()).isTrue();
        JsonNode headlines = json.readTree(get("/api/public/departments/442/2020")).get("headlines");
        assertThat(headlines).extracting(h -> h.get("label").asText()).containsExactly("支出合计", "基本支出", "项目支出", "“三公”经费");
        assertThat(headlines.get(0).get("amount").decimalValue()).isEqualByComparingTo(row.get("total").decimalValue());
        assertThat(headlines.get(0).path("change").isObject()).as("2019 is not published").isFalse();
        assertThat(row.get("total").isNull()).isFalse();
        assertThat(get("/d/442/2020")).contains("只公开了文字说明");
    }

    @Test
    void whatIsNotPublishedIsANotFoundPageNotATrace() {
        ResponseEntity<String> missing = http.getForEntity("/d/123/2023", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("没有找到").doesNotContain("Exception");
        ResponseEntity<String> malformed = http.getForEntity("/d/430/二〇二三", String.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(malformed.getBody()).contains("不正确");
        assertThat(http.getForEntity("/d/430/2023/download/exe", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/compare?a=430&b=442&year=2023")).contains("没有可比较");
    }

    @Test
    void everyExportFormatDownloadsFromTheDepartmentPage() {
        for (String format : new String[] {"xlsx", "docx", "pdf", "html", "json", "csv", "fdp"}) {
            ResponseEntity<byte[]> file = http.getForEntity("/d/442/2020/download/" + format, byte[].class);
            assertThat(file.getStatusCode()).as(format).isEqualTo(HttpStatus.OK);
            assertThat(file.getHeaders().getContentDisposition().getFilename()).as(format).startsWith("442-2020");
            assertThat(file.getBody()).as(format).isNotEmpty();
        }
    }

    @Autowired
    PublishedViews views;
    @Autowired
    org.springframework.boot.web.servlet.FilterRegistrationBean<PageCache> pageCache;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void aRegionOfManyDepartmentsIsListedPageByPageInTheOrderAskedAndEveryPageStaysSmall() throws Exception {
        repository.ensureRegion("139901", "分页测试区");
        String sample = jdbc.sql("select model::text from disclosure where department_code = '442' and status = 'PUBLISHED' "
                + "order by id limit 1").query(String.class).single();
        int year = json.readTree(sample).get("year").asInt();
        for (int i = 1; i <= 60; i++) {
            String code = "9901" + String.format("%02d", i);
            var model = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(sample);
            ((com.fasterxml.jackson.databind.node.ObjectNode) model.get("department")).put("code", code).put("name", "分页测试部门" + i);
            repository.ensureDepartment(code, "分页测试部门" + i, "139901");
            long id = repository.create(code, year, json.writeValueAsString(model), null);
            repository.markPublished(id);
            views.store(id);
            events.publishEvent(new org.gongkai.server.workflow.Published(code, year, 1));
        }

        String first = get("/?year=" + year + "&region=139901");
        assertThat(first).contains("共 60 个").contains("第 1 / 2 页").contains("分页测试部门1<").doesNotContain("分页测试部门60<");
        String second = get("/?year=" + year + "&region=139901&page=2");
        assertThat(second).contains("第 2 / 2 页").contains("分页测试部门60<").doesNotContain("分页测试部门1<");
        assertThat(get("/?year=" + year + "&region=139901&page=99")).as("超出末页显示末页").contains("第 2 / 2 页");
        String region = get("/region/139901?year=" + year);
        assertThat(region).contains("全部 <span>60</span> 个部门");
        assertThat(region.split("<tr>", -1).length).as("排名只列前 20 名").isLessThan(60);
        JsonNode open = json.readTree(get("/api/public/portal?year=" + year + "&region=139901&sort=total&page=2"));
        assertThat(open.get("departments").get("rows")).hasSize(10);
        assertThat(open.get("departments").get("count").asInt()).isEqualTo(60);
        for (String page : List.of("/?year=" + year, "/region/139901?year=" + year, "/?year=" + year + "&region=139901&sort=three-public")) {
            assertThat(get(page).getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(page).isLessThan(200 * 1024);
        }
    }
}
