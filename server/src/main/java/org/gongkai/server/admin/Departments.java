package org.gongkai.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.persistence.DisclosureRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The departments and regions the administrator registers and renames; every change is in the audit log. */
@Service
public class Departments {

    /** A registered department, with how many users work in it. */
    public record Department(String code, String name, String regionCode, String regionName, long users) {
    }

    public record Region(String code, String name) {
    }

    /** A unit (单位) under a department, as its latest disclosure lists it. */
    public record Unit(String code, String name, String nature, String fundingForm) {
    }

    /** The units under a department and the disclosure they are read from (「2023 年预算第 1 版」), empty when it has none. */
    public record Units(String source, List<Unit> units) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final DisclosureRepository repository;

    public Departments(JdbcClient jdbc, DisclosureRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public List<Department> list() {
        return jdbc.sql("""
                        select d.code, d.name, d.region_code, r.name, (select count(*) from app_user u where u.department_code = d.code)
                        from department d join region r on r.code = d.region_code order by d.region_code, d.code""")
                .query((rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
    }

    public Optional<Department> find(String code) {
        return list().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public List<Region> regions() {
        return jdbc.sql("select code, name from region order by code").query((rs, n) -> new Region(rs.getString(1), rs.getString(2))).list();
    }

    /** Registers a department; refused (400, in Chinese) for a malformed or taken code, an empty name, an unknown region. */
    @Transactional
    public void add(String actor, String code, String name, String regionCode) {
        String c = code == null ? "" : code.strip();
        require(c.matches("\\d{3,9}"), "部门编码应为 3 至 9 位数字" + (c.isEmpty() ? "" : "，实际为“" + c + "”"));
        require(name != null && !name.isBlank(), "部门名称不能为空");
        require(regionCode != null && repository.regionExists(regionCode), "区域 " + regionCode + " 尚未登记");
        require(repository.departmentName(c).isEmpty(), "部门 " + c + " 已登记（" + repository.departmentName(c).orElse("") + "）");
        repository.ensureDepartment(c, name.strip(), regionCode);
        repository.audit(actor, null, "ADMIN", "登记部门 " + c + " " + name.strip() + "（区域 " + regionCode + "）");
    }

    /** Renames a department; its code, disclosures and users stay. */
    @Transactional
    public void rename(String actor, String code, String name) {
        String before = repository.departmentName(code).orElseThrow(() -> ApiException.notFound("没有编码为 " + code + " 的部门"));
        require(name != null && !name.isBlank(), "部门名称不能为空");
        if (before.equals(name.strip())) {
            return;
        }
        jdbc.sql("update department set name = ? where code = ?").params(name.strip(), code).update();
        repository.audit(actor, null, "ADMIN", "部门 " + code + " 改名：" + before + " → " + name.strip());
    }

    /** The units the department's latest disclosure (any year, kind and state but withdrawn) lists. */
    public Units units(String code) {
        return jdbc.sql("""
                        select year, kind, version, model::text from disclosure where department_code = ? and status <> 'WITHDRAWN'
                        order by year desc, version desc limit 1""")
                .param(code)
                .query((rs, n) -> new Units(rs.getInt(1) + " 年" + ("FINAL_ACCOUNTS".equals(rs.getString(2)) ? "决算" : "预算")
                        + "第 " + rs.getInt(3) + " 版", unitsOf(rs.getString(4))))
                .optional().orElse(new Units("", List.of()));
    }

    private static List<Unit> unitsOf(String model) {
        List<Unit> units = new ArrayList<>();
        try {
            for (JsonNode unit : JSON.readTree(model).path("units")) {
                units.add(new Unit(unit.path("code").asText(""), unit.path("name").asText(""), unit.path("nature").asText(""),
                        unit.path("fundingForm").asText("")));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The model was read when it was stored; a row that no longer reads lists no units rather than failing the page.
            return List.of();
        }
        return units;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw ApiException.badRequest(message);
        }
    }
}
