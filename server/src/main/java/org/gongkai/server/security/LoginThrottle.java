package org.gongkai.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Two brakes on password guessing. After five wrong passwords for one account from one client address, that account
 * is locked for fifteen minutes <em>for that client only</em>, so a stranger cannot lock someone else out. After
 * twenty failures from one client within a minute, that client must wait a minute before any further credentials are
 * even compared (each comparison is a bcrypt).
 *
 * <p>The failures are counted in PostgreSQL (table {@code login_failure}), so every server behind a load balancer
 * sees the same counts: guesses spread over several servers lock as soon as they would on one. Each count is one row,
 * changed by a single upsert, so concurrent failures on several servers are all counted. A row is forgotten once its
 * last failure is older than the lock (deleted at the next failure anywhere): the table holds at most the last quarter
 * hour's failures, and its size is bounded by how many bcrypt comparisons the servers can make in that time.
 */
@Component
public class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int CLIENT_FAILURES = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);

    private record Failures(int count, Instant lastAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    public LoginThrottle(JdbcClient jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), clientOf(event));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_failure where key = ?").param(accountKey(event.getAuthentication().getName(), clientOf(event)))
                .update();
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where last_at < ?").param(at(now.minus(LOCK))).update();
        jdbc.sql("""
                insert into login_failure (key, count, last_at) values (?, 1, ?)
                on conflict (key) do update set count = login_failure.count + 1, last_at = excluded.last_at""")
                .params(accountKey(username, client), at(now)).update();
        // A client's count starts again at one when its previous failure is more than a window ago.
        jdbc.sql("""
                insert into login_failure (key, count, last_at) values (?, 1, ?)
                on conflict (key) do update set last_at = excluded.last_at,
                    count = case when login_failure.last_at < ? then 1 else login_failure.count + 1 end""")
                .params(clientKey(client), at(now), at(now.minus(CLIENT_WINDOW))).update();
    }

    /** Whether this account is locked for this client. */
    public boolean isLocked(String username, String client) {
        String key = accountKey(username, client);
        Failures f = find(key).orElse(null);
        if (f == null || f.count() < ATTEMPTS) {
            return false;
        }
        if (f.lastAt().plus(LOCK).isBefore(clock.instant())) {
            forget(key, f);
            return false;
        }
        return true;
    }

    /** Seconds this client must wait before its credentials are compared again; 0 when it may try now. */
    public long clientWaitSeconds(String client) {
        String key = clientKey(client);
        Failures f = find(key).orElse(null);
        if (f == null || f.count() < CLIENT_FAILURES) {
            return 0;
        }
        long left = Duration.between(clock.instant(), f.lastAt().plus(CLIENT_WINDOW)).toSeconds();
        if (left <= 0) {
            forget(key, f);
            return 0;
        }
        return left;
    }

    /** Rows held now, for every account, client and server. */
    int entries() {
        return jdbc.sql("select count(*) from login_failure").query(Integer.class).single();
    }

    private Optional<Failures> find(String key) {
        return jdbc.sql("select count, last_at from login_failure where key = ?").param(key)
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant())).optional();
    }

    /** Deletes a row that has run out, unless a failure counted meanwhile (on any server) changed it: that one stays. */
    private void forget(String key, Failures read) {
        jdbc.sql("delete from login_failure where key = ? and last_at = ?").params(key, at(read.lastAt())).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The account's row for one client. The address's length comes first, so no name and address (whatever characters
     * they hold) make the same key as another pair; the prefixes keep account rows apart from client rows.
     */
    private static String accountKey(String username, String client) {
        return "account " + client.length() + " " + client + " " + username;
    }

    private static String clientKey(String client) {
        return "client " + client;
    }

    private static String clientOf(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "?";
    }
}
