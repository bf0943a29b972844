package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Anonymous clients get a burst and then a steady rate; signed-in sessions are not limited. The filter is driven
 * directly, with the server's login throttle (its failures are counted in the database).
 */
class AnonymousRateTest extends ServerTest {

    @Autowired
    LoginThrottle logins;
    private final AtomicLong now = new AtomicLong();
    private AnonymousRate rate;

    @BeforeEach
    void freshFilter() {
        now.set(0);
        rate = new AnonymousRate(20, 40, logins, now::get);
    }

    private int status(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        rate.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static MockHttpServletRequest anonymous(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setRemoteAddr(address);
        return request;
    }

    @Test
    void anAnonymousClientPastItsBurstIsToldToRetryLater() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(status(anonymous("10.0.0.1"))).isEqualTo(200);
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        rate.doFilter(anonymous("10.0.0.1"), refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("访问过于频繁");
        assertThat(status(anonymous("10.0.0.2"))).isEqualTo(200);
        now.addAndGet(1_000_000_000L);
        for (int i = 0; i < 20; i++) {
            assertThat(status(anonymous("10.0.0.1"))).isEqualTo(200);
        }
        assertThat(status(anonymous("10.0.0.1"))).isEqualTo(429);
    }

    @Test
    void aSignedInSessionIsNotLimited() throws Exception {
        var caller = new UsernamePasswordAuthenticationToken("dept", null, AuthorityUtils.createAuthorityList("ROLE_DEPARTMENT"));
        for (int i = 0; i < 200; i++) {
            MockHttpServletRequest request = anonymous("10.0.0.3");
            request.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    new SecurityContextImpl(caller));
            assertThat(status(request)).isEqualTo(200);
        }
        assertThat(status(anonymous("10.0.0.3"))).isEqualTo(200);
    }

    @Test
    void aSessionWithoutASignedInCallerIsStillAnonymous() throws Exception {
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            MockHttpServletRequest request = anonymous("10.0.0.4");
            request.getSession(true);
            refused += status(request) == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(20);
    }

    @Test
    void credentialsFromAClientThatKeepsFailingAreRefusedBeforeTheyAreCompared() throws Exception {
        for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
            logins.failed("guess" + i, "10.0.0.5");
        }
        MockHttpServletRequest basic = anonymous("10.0.0.5");
        basic.addHeader("Authorization", "Basic Z3Vlc3M6d3Jvbmc=");
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        rate.doFilter(basic, response, chain);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(chain.getRequest()).isNull();
        assertThat(response.getContentAsString()).contains("登录失败次数过多");
    }

    @Test
    void theMapOfClientsIsBounded() throws Exception {
        for (int i = 0; i < AnonymousRate.MAX_CLIENTS + 100; i++) {
            status(anonymous("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)));
        }
        assertThat(rate.clients()).isEqualTo(AnonymousRate.MAX_CLIENTS);
    }
}
