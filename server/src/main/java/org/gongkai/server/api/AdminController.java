package org.gongkai.server.api;

import java.util.List;
import java.util.Map;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator registers regions, departments and users; a new user's password is shown once and stored hashed. */
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
    private final Users users;

    public AdminController(DisclosureRepository repository, Users users) {
        this.repository = repository;
        this.users = users;
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
        require(form.code() != null && form.code().matches("\\d{3,9}"), "部门编码应为 3 至 9 位数字");
        require(form.name() != null && !form.name().isBlank(), "部门名称不能为空");
        require(form.regionCode() != null && repository.regionExists(form.regionCode()), "区域 " + form.regionCode() + " 尚未登记");
        require(repository.departmentName(form.code()).isEmpty(), "部门 " + form.code() + " 已登记");
        repository.ensureDepartment(form.code(), form.name().strip(), form.regionCode());
        repository.audit(caller.username(), null, "ADMIN", "登记部门 " + form.code() + " " + form.name().strip());
        return form;
    }

    /** Creates the user and answers its initial password, the only time it is ever shown. */
    @PostMapping("/users")
    @Transactional
    public Map<String, String> user(@AuthenticationPrincipal Caller caller, @RequestBody UserForm form) {
        requireAdmin(caller);
        require(form.username() != null && form.username().matches("[A-Za-z0-9._-]{3,64}"), "用户名应为 3 至 64 位字母、数字或 ._-");
        require(form.role() != null, "请指定角色 DEPARTMENT、REVIEWER 或 ADMIN");
        require(users.find(form.username()).isEmpty(), "用户 " + form.username() + " 已存在");
        String region = form.regionCode();
        if (form.role() == Role.DEPARTMENT) {
            require(form.departmentCode() != null, "部门填报用户须指定部门");
            region = repository.regionOf(form.departmentCode())
                    .orElseThrow(() -> ApiException.badRequest("部门 " + form.departmentCode() + " 尚未登记"));
        }
        if (form.role() == Role.REVIEWER) {
            require(region != null && repository.regionExists(region), "财政审核用户须指定已登记的区域");
        }
        String password = Users.randomPassword();
        users.create(form.username(), password, form.role(), form.role() == Role.DEPARTMENT ? form.departmentCode() : null,
                form.role() == Role.ADMIN ? null : region);
        repository.audit(caller.username(), null, "ADMIN", "新建用户 " + form.username() + "（" + form.role() + "）");
        return Map.of("username", form.username(), "password", password, "notice", "初始密码只显示这一次，请转交本人");
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
