package org.gongkai.server.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.gongkai.server.uploads.UploadGate;

/**
 * The API is stateless (HTTP Basic, no session, so no CSRF exposure); the public API and its docs are open to
 * everyone; pages use form login with CSRF protection and session fixation protection (Spring's defaults). Both send
 * a Content-Security-Policy, nosniff and a referrer policy; the session cookie is SameSite=Lax (application.properties).
 * docs/security.md describes the whole.
 */
@Configuration
public class SecurityConfiguration {

    /**
     * Open to everyone: the public API, and its documentation (the UI, its configuration, and the public group's
     * description). The signed-in API's description ({@code /api/docs/openapi/signed-in}) and the whole one
     * ({@code /api/docs/openapi}) need a signed-in caller.
     */
    static final String[] PUBLIC_API = {"/api/public/**", "/api/docs", "/api/docs/", "/api/swagger-ui/**",
        "/api/docs/openapi/swagger-config", "/api/docs/openapi/public"};

    /**
     * Scripts and styles only from the server's own files (the templates hold no inline script or style attribute);
     * data: images for the API documentation's icons; no framing; no referrer beyond the origin to other sites.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny());
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The password is compared before the account's lock is looked at, so a locked account answers in the same time
     * as any other (Spring's default checks the lock first, which let anyone tell by timing that an account was
     * locked); an unknown user costs a bcrypt comparison too (Spring's own timing defence).
     */
    @Bean
    public DaoAuthenticationProvider authenticationProvider(Users users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(encoder);
        provider.setUserDetailsService(users);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::headers)
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new UploadGate(), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/work/**").authenticated()
                        .anyRequest().permitAll())
                .headers(SecurityConfiguration::headers)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/work").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .addFilterBefore(new UploadGate(), CsrfFilter.class)
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class)
                .build();
    }
}
