package org.gongkai.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** After five wrong passwords a username is locked for fifteen minutes; a successful login clears the count. */
@Component
public class LoginThrottle {

    static final int ATTEMPTS = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        failures.merge(event.getAuthentication().getName(), new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, clock.instant()));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(username);
        if (f == null || f.count() < ATTEMPTS) {
            return false;
        }
        if (f.lastAt().plus(LOCK).isBefore(clock.instant())) {
            failures.remove(username);
            return false;
        }
        return true;
    }
}
