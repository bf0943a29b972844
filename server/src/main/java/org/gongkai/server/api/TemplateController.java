package org.gongkai.server.api;

import java.io.IOException;
import java.time.Year;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The blank data-entry workbook for a department and year: its code lists are that year's catalogue. */
@RestController
public class TemplateController {

    private final DisclosureRepository repository;

    private final org.gongkai.server.catalog.OfficialCatalogs catalogs;

    public TemplateController(DisclosureRepository repository, org.gongkai.server.catalog.OfficialCatalogs catalogs) {
        this.repository = repository;
        this.catalogs = catalogs;
    }

    /** Also served to the signed-in pages, which cannot use the stateless API. */
    @GetMapping("/api/template")
    public ResponseEntity<byte[]> blank(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) String department) throws IOException {
        int budgetYear = year == null ? Year.now().getValue() + 1 : year;
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw ApiException.badRequest("预算年度应在 2000 至 2100 之间，实际为 " + budgetYear);
        }
        String code = caller.role() == Role.DEPARTMENT ? caller.departmentCode() : department;
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("请用参数 department 指定部门编码");
        }
        String name = repository.departmentName(code).orElseThrow(() -> ApiException.badRequest("部门 " + code + " 尚未登记"));
        if (caller.role() == Role.REVIEWER && !repository.regionOf(code).orElse("").equals(caller.regionCode())) {
            throw ApiException.forbidden("部门 " + code + " 不在本区域");
        }
        DepartmentBudget blank = DepartmentBudget.builder(budgetYear, new Department(code, name)).build();
        return Templates.download(blank, catalogs.forDepartment(code), code + "-" + budgetYear + "-填报模板.xlsx");
    }
}
