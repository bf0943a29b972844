package org.gongkai.server.security;

import java.security.SecureRandom;
import java.util.Base64;
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
        return jdbc.sql("select username, password_hash, role, department_code, region_code from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Caller(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), false))
                .optional()
                .map(user -> throttle.isLocked(user.username(), client()) ? user.asLocked() : user);
    }

    public void create(String username, String password, Role role, String departmentCode, String regionCode) {
        jdbc.sql("insert into app_user (username, password_hash, role, department_code, region_code) values (?, ?, ?, ?, ?)")
                .params(username, encoder.encode(password), role.name(), departmentCode, regionCode).update();
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
