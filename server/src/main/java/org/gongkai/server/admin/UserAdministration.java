package org.gongkai.server.admin;

import static org.gongkai.server.admin.Departments.require;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator adds users (with a role, and the department or region it is bound to), disables and enables them,
 * and resets their passwords. A password the administrator hands out is temporary: shown once, stored hashed, to be
 * changed at the next sign-in; it is never written to the audit log, which records every other change.
 */
@Service
public class UserAdministration {

    /** What the administrator asks for; the department decides a 部门填报 user's region. */
    public record NewUser(String username, Role role, String departmentCode, String regionCode) {
    }

    private final Users users;
    private final DisclosureRepository repository;
    private final JdbcClient jdbc;

    public UserAdministration(Users users, DisclosureRepository repository, JdbcClient jdbc) {
        this.users = users;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /** Creates the user and answers the temporary password. */
    @Transactional
    public String add(Caller admin, NewUser form) {
        requireAdmin(admin);
        String username = form.username() == null ? "" : form.username().strip();
        require(username.matches("[A-Za-z0-9._-]{3,64}"), "用户名应为 3 至 64 位字母、数字或 ._-" + (username.isEmpty() ? "" : "，实际为“" + username + "”"));
        require(form.role() != null, "请选择角色：部门填报、财政审核或管理员");
        require(users.find(username).isEmpty(), "用户 " + username + " 已存在");
        String department = blankToNull(form.departmentCode());
        String region = blankToNull(form.regionCode());
        if (form.role() == Role.DEPARTMENT) {
            require(department != null, "部门填报用户须选择部门");
            region = repository.regionOf(department).orElseThrow(() -> ApiException.badRequest("部门 " + department + " 尚未登记"));
        }
        if (form.role() == Role.REVIEWER) {
            require(region != null && repository.regionExists(region), "财政审核用户须选择已登记的区域");
        }
        String password = users.createTemporary(username, form.role(), form.role() == Role.DEPARTMENT ? department : null,
                form.role() == Role.ADMIN ? null : region);
        repository.audit(admin.username(), null, "ADMIN", "新建用户 " + username + "（" + form.role().chinese()
                + (form.role() == Role.DEPARTMENT ? "，部门 " + department : form.role() == Role.REVIEWER ? "，区域 " + region : "")
                + "），已发临时密码");
        return password;
    }

    /** Disables (the user's sessions end) or enables a user; an administrator does not disable themselves. */
    @Transactional
    public void setDisabled(Caller admin, String username, boolean disabled) {
        requireAdmin(admin);
        require(!(disabled && admin.username().equals(username)), "不能停用自己的账号");
        if (!users.setDisabled(username, disabled)) {
            throw ApiException.notFound("没有用户 " + username);
        }
        repository.audit(admin.username(), null, "ADMIN", (disabled ? "停用用户 " : "启用用户 ") + username);
    }

    /** A new temporary password for someone else (one's own is changed on 「修改密码」). */
    @Transactional
    public String reset(Caller admin, String username) {
        requireAdmin(admin);
        require(!admin.username().equals(username), "自己的密码请在「修改密码」页修改");
        String password = users.resetPassword(username).orElseThrow(() -> ApiException.notFound("没有用户 " + username));
        repository.audit(admin.username(), null, "ADMIN", "重置用户 " + username + " 的密码（已发临时密码，下次登录须修改）");
        return password;
    }

    /** The latest changes to users, departments, passwords and catalogs (entries of no disclosure), newest first. */
    public List<DisclosureRepository.AuditEntry> recentChanges(int count) {
        return jdbc.sql("select at, actor, action, summary from audit_log where disclosure_id is null order by id desc limit ?")
                .param(count)
                .query((rs, n) -> new DisclosureRepository.AuditEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    static void requireAdmin(Caller caller) {
        if (caller == null || caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("只有管理员可以管理用户和部门");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
