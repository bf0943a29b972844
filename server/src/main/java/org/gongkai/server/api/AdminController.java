package org.gongkai.server.api;

import java.util.List;
import java.util.Map;
import org.gongkai.server.admin.Departments;
import org.gongkai.server.admin.UserAdministration;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator registers regions, departments and users (the same services as the pages); a new user's password
 * is shown once, stored hashed, and must be changed before the user does anything else.
 */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    public record RegionForm(String code, String name) {
    }

    public record DepartmentForm(String code, String name, String regionCode) {
    }

    public record UserForm(String username, Role role, String departmentCode, String regionCode) {
    }

    private final DisclosureRepository repository;
    private final Departments departments;
    private final UserAdministration administration;

    public AdminController(DisclosureRepository repository, Departments departments, UserAdministration administration) {
        this.repository = repository;
        this.departments = departments;
        this.administration = administration;
    }

    @GetMapping("/departments")
    public List<Map<String, Object>> departments(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return repository.departments();
    }

    @PostMapping("/regions")
    @Transactional
    public RegionForm region(@AuthenticationPrincipal Caller caller, @RequestBody RegionForm form) {
        requireAdmin(caller);
        require(form.code() != null && form.code().matches("\\d{6,12}"), "行政区划代码应为 6 至 12 位数字");
        require(form.name() != null && !form.name().isBlank(), "区域名称不能为空");
        repository.ensureRegion(form.code(), form.name().strip());
        repository.audit(caller.username(), null, "ADMIN", "登记区域 " + form.code() + " " + form.name().strip());
        return form;
    }

    @PostMapping("/departments")
    @Transactional
    public DepartmentForm department(@AuthenticationPrincipal Caller caller, @RequestBody DepartmentForm form) {
        requireAdmin(caller);
        departments.add(caller.username(), form.code(), form.name(), form.regionCode());
        return form;
    }

    /** Creates the user and answers its temporary password, the only time it is ever shown; it is changed at first use. */
    @PostMapping("/users")
    @Transactional
    public Map<String, String> user(@AuthenticationPrincipal Caller caller, @RequestBody UserForm form) {
        String password = administration.add(caller, new UserAdministration.NewUser(form.username(), form.role(), form.departmentCode(),
                form.regionCode()));
        return Map.of("username", form.username(), "password", password,
                "notice", "临时密码只显示这一次，请转交本人；本人须先修改密码（POST /api/account/password 或工作台「修改密码」）");
    }

    private static void requireAdmin(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("只有管理员可以管理区域、部门和用户");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw ApiException.badRequest(message);
        }
    }
}
