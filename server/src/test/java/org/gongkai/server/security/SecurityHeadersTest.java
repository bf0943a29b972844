package org.gongkai.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Browser protections on every page, the API documentation's access, and lock state not told by a wrong password. */
class SecurityHeadersTest extends ServerTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    DaoAuthenticationProvider authentication;

    @Test
    void pagesCarryAContentSecurityPolicyAndTheSessionCookieIsSameSite() {
        ResponseEntity<String> login = http.getForEntity("/login", String.class);
        assertThat(login.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(login.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeaders().getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).anySatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax"));
        assertThat(http.getForEntity("/", String.class).getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
    }

    @Test
    void noTemplateHoldsAnInlineScriptOrStyleThePolicyWouldBlock() throws IOException {
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(template.getFilename()).doesNotContain(" style=\"").doesNotContain("<style")
                    .doesNotContainPattern("<script(?![^>]*src=)").doesNotContainPattern(" on[a-z]+=\"");
        }
    }

    @Test
    void thePublicApisDocumentationIsPublicAndTheRestOnlyForSignedInUsers() {
        assertThat(http.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> publicApi = http.getForEntity("/api/docs/openapi/public", String.class);
        assertThat(publicApi.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(publicApi.getBody()).contains("/api/public/disclosures").doesNotContain("/api/admin").doesNotContain("/api/disclosures");
        assertThat(http.getForEntity("/api/docs/openapi/signed-in", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/docs/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        users.create("h-admin", "correct-horse-battery", Role.ADMIN, null, null);
        assertThat(http.withBasicAuth("h-admin", "correct-horse-battery").getForEntity("/api/docs/openapi/signed-in", String.class)
                .getBody()).contains("/api/admin/users");
    }

    @Test
    void aLockedAccountAnswersAWrongPasswordLikeAnyOtherAndIsOnlyToldLockedWithTheRightOne() {
        users.create("h-locked", "correct-horse-battery", Role.DEPARTMENT, "430", "130371");
        for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
            throttle.failed("h-locked", "?");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authentication.authenticate(
                new UsernamePasswordAuthenticationToken("h-locked", "wrong"))).isInstanceOf(BadCredentialsException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authentication.authenticate(
                new UsernamePasswordAuthenticationToken("h-locked", "correct-horse-battery"))).isInstanceOf(LockedException.class);
    }
}
