package org.gongkai.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Two brakes on password guessing. After five wrong passwords for one account from one client address, that account
 * is locked for fifteen minutes <em>for that client only</em>, so a stranger cannot lock someone else out. After
 * twenty failures from one client within a minute, that client must wait a minute before any further credentials are
 * even compared (each comparison is a bcrypt). Both maps are bounded, forgetting the least recently failed entries.
 */
@Component
public class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int CLIENT_FAILURES = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 10_000;

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> byAccount = bounded();
    private final Map<String, Failures> byClient = bounded();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, Failures> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), clientOf(event));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        synchronized (this) {
            byAccount.remove(key(event.getAuthentication().getName(), clientOf(event)));
        }
    }

    synchronized void failed(String username, String client) {
        Instant now = clock.instant();
        byAccount.merge(key(username, client), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        byClient.merge(client, new Failures(1, now), (old, one) -> old.lastAt().plus(CLIENT_WINDOW).isBefore(now)
                ? one : new Failures(old.count() + 1, now));
    }

    /** Whether this account is locked for this client. */
    public synchronized boolean isLocked(String username, String client) {
        Failures f = byAccount.get(key(username, client));
        if (f == null || f.count() < ATTEMPTS) {
            return false;
        }
        if (f.lastAt().plus(LOCK).isBefore(clock.instant())) {
            byAccount.remove(key(username, client));
            return false;
        }
        return true;
    }

    /** Seconds this client must wait before its credentials are compared again; 0 when it may try now. */
    public synchronized long clientWaitSeconds(String client) {
        Failures f = byClient.get(client);
        if (f == null || f.count() < CLIENT_FAILURES) {
            return 0;
        }
        long left = Duration.between(clock.instant(), f.lastAt().plus(CLIENT_WINDOW)).toSeconds();
        if (left <= 0) {
            byClient.remove(client);
            return 0;
        }
        return left;
    }

    synchronized int entries() {
        return byAccount.size() + byClient.size();
    }

    private static String key(String username, String client) {
        return username + "\u0000" + client;
    }

    private static String clientOf(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? String.valueOf(details.getRemoteAddress()) : "?";
    }
}
