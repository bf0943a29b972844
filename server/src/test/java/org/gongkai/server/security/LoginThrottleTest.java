package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wrong passwords lock an account for the client that sent them, not for everyone; failures are counted in the
 * server's real PostgreSQL and forgotten once they no longer matter. Each test uses client addresses of its own.
 */
class LoginThrottleTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    /** How far the test has moved the throttle's clock past the real time (the database's rows are real). */
    private Duration ahead = Duration.ZERO;
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    };
    private LoginThrottle throttle;

    @BeforeEach
    void now() {
        ahead = Duration.ZERO;
        throttle = new LoginThrottle(jdbc, clock);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOnlyForTheClientThatSentThem() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            throttle.failed("dept430", "203.0.113.9");
        }
        assertThat(throttle.isLocked("dept430", "203.0.113.9")).isTrue();
        assertThat(throttle.isLocked("dept430", "198.51.100.7")).isFalse();
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndASuccessfulSignInClearsTheCount() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            throttle.failed("dept431", "203.0.113.11");
        }
        ahead = LoginThrottle.LOCK.minusSeconds(5);
        assertThat(throttle.isLocked("dept431", "203.0.113.11")).isTrue();
        ahead = LoginThrottle.LOCK.plusSeconds(1);
        assertThat(throttle.isLocked("dept431", "203.0.113.11")).isFalse();
        throttle.failed("dept431", "203.0.113.11");
        assertThat(throttle.isLocked("dept431", "203.0.113.11")).as("counting starts again").isFalse();

        for (int i = 0; i < LoginThrottle.ATTEMPTS - 2; i++) {
            throttle.failed("dept431", "203.0.113.11");
        }
        var caller = new UsernamePasswordAuthenticationToken("dept431", null, AuthorityUtils.createAuthorityList("ROLE_DEPARTMENT"));
        caller.setDetails(new WebAuthenticationDetails("203.0.113.11", null));
        throttle.succeeded(new AuthenticationSuccessEvent(caller));
        throttle.failed("dept431", "203.0.113.11");
        assertThat(throttle.isLocked("dept431", "203.0.113.11")).isFalse();
    }

    @Test
    void aClientThatFailsTwentyTimesWaitsBeforeTryingAgain() {
        for (int i = 0; i < LoginThrottle.CLIENT_FAILURES - 1; i++) {
            throttle.failed("user" + i, "203.0.113.10");
        }
        assertThat(throttle.clientWaitSeconds("203.0.113.10")).isZero();
        throttle.failed("one-more", "203.0.113.10");
        assertThat(throttle.clientWaitSeconds("203.0.113.10")).isPositive();
        assertThat(throttle.clientWaitSeconds("198.51.100.8")).isZero();

        ahead = LoginThrottle.CLIENT_WINDOW.plusSeconds(1);
        assertThat(throttle.clientWaitSeconds("203.0.113.10")).isZero();
        throttle.failed("after-the-wait", "203.0.113.10");
        assertThat(throttle.clientWaitSeconds("203.0.113.10")).as("counting starts again").isZero();
    }

    @Test
    void failuresFromCountlessNamesAndClientsAreForgottenOnceTheLockHasRunOut() {
        int before = throttle.entries();
        for (int i = 0; i < 100; i++) {
            throttle.failed("name" + i, "192.0.2." + i);
        }
        assertThat(throttle.entries()).isEqualTo(before + 200);
        ahead = LoginThrottle.LOCK.plusMinutes(1);
        throttle.failed("later", "192.0.2.200");
        assertThat(throttle.entries()).isLessThanOrEqualTo(before + 2);
    }
}
