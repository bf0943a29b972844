package org.gongkai.server.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts the anonymous rate limit in front of everything (the page cache included) and the anonymous share of the
 * machine just behind the page cache. The figures are in application.properties and docs/security.md.
 */
@Configuration
public class LimitsConfiguration {

    @Bean
    public FilterRegistrationBean<AnonymousRate> anonymousRate(LoginThrottle logins,
                                                               @Value("${gongkai.limits.anonymous-per-second:20}") double perSecond,
                                                               @Value("${gongkai.limits.anonymous-burst:40}") int burst) {
        FilterRegistrationBean<AnonymousRate> registration = new FilterRegistrationBean<>(new AnonymousRate(perSecond, burst, logins));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** By default twice the processors: enough to keep them busy, and signed-in work still finds a thread and a core. */
    @Bean
    public FilterRegistrationBean<AnonymousShare> anonymousShare(@Value("${gongkai.limits.anonymous-at-once:0}") int atOnce) {
        int permits = atOnce > 0 ? atOnce : 2 * Runtime.getRuntime().availableProcessors();
        FilterRegistrationBean<AnonymousShare> registration = new FilterRegistrationBean<>(new AnonymousShare(permits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
