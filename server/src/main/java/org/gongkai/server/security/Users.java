package org.gongkai.server.security;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Users in PostgreSQL, passwords hashed with bcrypt. */
@Service
public class Users implements UserDetailsService {

    /** A user as the administrator sees one: never the password's hash. */
    public record Account(String username, Role role, String departmentCode, String regionCode, boolean disabled,
                          boolean mustChangePassword, OffsetDateTime createdAt) {

        /** 正常, 已停用 or 须修改密码. */
        public String state() {
            return disabled ? "已停用" : mustChangePassword ? "正常（须修改密码）" : "正常";
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    public Users(JdbcClient jdbc, PasswordEncoder encoder, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    public Caller loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("用户不存在"));
    }

    /**
     * The lock is looked up once the user's row is read, not while it is: the throttle's query takes a connection of
     * its own, and sign-ins each holding one connection while waiting for a second empty the pool under many parallel
     * requests (each then waits out the pool's timeout).
     */
    public Optional<Caller> find(String username) {
        return jdbc.sql("select username, password_hash, role, department_code, region_code, disabled, must_change_password "
                        + "from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Caller(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), false, rs.getBoolean(6), rs.getBoolean(7)))
                .optional()
                .map(user -> throttle.isLocked(user.username(), client()) ? user.asLocked() : user);
    }

    /** A user whose password is their own (the first users, tests). */
    public void create(String username, String password, Role role, String departmentCode, String regionCode) {
        insert(username, password, role, departmentCode, regionCode, false);
    }

    /** A user made by the administrator: answers the temporary password, to be changed at the first sign-in. */
    public String createTemporary(String username, Role role, String departmentCode, String regionCode) {
        String password = randomPassword();
        insert(username, password, role, departmentCode, regionCode, true);
        return password;
    }

    private void insert(String username, String password, Role role, String departmentCode, String regionCode, boolean temporary) {
        jdbc.sql("insert into app_user (username, password_hash, role, department_code, region_code, must_change_password) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(username, encoder.encode(password), role.name(), departmentCode, regionCode, temporary).update();
    }

    public List<Account> accounts() {
        return jdbc.sql("select username, role, department_code, region_code, disabled, must_change_password, created_at "
                        + "from app_user order by role, username")
                .query((rs, n) -> new Account(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** Disables or enables a user; a disabled user's sessions end at once. Answers whether the user exists. */
    public boolean setDisabled(String username, boolean disabled) {
        boolean found = jdbc.sql("update app_user set disabled = ? where username = ?").params(disabled, username).update() == 1;
        if (disabled) {
            endSessions(username, null);
        }
        return found;
    }

    /** A new temporary password, to be changed at the next sign-in; the user's sessions end. Empty for an unknown user. */
    public Optional<String> resetPassword(String username) {
        String password = randomPassword();
        int updated = jdbc.sql("update app_user set password_hash = ?, must_change_password = true where username = ?")
                .params(encoder.encode(password), username).update();
        if (updated == 0) {
            return Optional.empty();
        }
        endSessions(username, null);
        return Optional.of(password);
    }

    /**
     * Changes a user's own password after checking the current one and the {@link PasswordRule}; the user's other
     * sessions end (the one given stays). Answers why not, in Chinese, or empty once changed.
     */
    public Optional<String> changePassword(String username, String current, String password, String keepSession) {
        Optional<String> hash = jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).optional();
        if (hash.isEmpty() || current == null || !encoder.matches(current, hash.get())) {
            return Optional.of("当前密码不正确");
        }
        if (current.equals(password)) {
            return Optional.of("新密码不能与当前密码相同");
        }
        Optional<String> problem = PasswordRule.problem(username, password);
        if (problem.isPresent()) {
            return problem;
        }
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false, password_changed_at = now() where username = ?")
                .params(encoder.encode(password), username).update();
        endSessions(username, keepSession);
        return Optional.empty();
    }

    /** Ends the signed-in sessions of a user (Spring Session's rows), but the one kept. */
    private void endSessions(String username, String keepSession) {
        jdbc.sql("delete from spring_session where principal_name = ? and (?::text is null or session_id <> ?)")
                .params(username, keepSession, keepSession).update();
    }

    public boolean any() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0;
    }

    /** The address of the client signing in: a lock is per account and client (see {@link LoginThrottle}). */
    private static String client() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "?";
    }

    public static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
