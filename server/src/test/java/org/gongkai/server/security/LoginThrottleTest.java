package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wrong passwords lock an account for the client that sent them, not for everyone; memory of failures is bounded. */
class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fiveWrongPasswordsLockTheAccountOnlyForTheClientThatSentThem() {
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            throttle.failed("dept430", "203.0.113.9");
        }
        assertThat(throttle.isLocked("dept430", "203.0.113.9")).isTrue();
        assertThat(throttle.isLocked("dept430", "198.51.100.7")).isFalse();
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
    }

    @Test
    void failuresFromCountlessNamesAndClientsAreForgottenPastTheBound() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_ENTRIES; i++) {
            throttle.failed("name" + i, "client" + i);
        }
        assertThat(throttle.entries()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_ENTRIES);
    }
}
