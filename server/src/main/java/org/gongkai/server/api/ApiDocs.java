package org.gongkai.server.api;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's documentation in two groups: the public API, which anyone may read about, and the signed-in API
 * (disclosures, inspections, administration, templates), described only to signed-in callers.
 */
@Configuration
public class ApiDocs {

    @Bean
    public GroupedOpenApi publicApi() {
        return GroupedOpenApi.builder().group("public").displayName("公开 API").pathsToMatch("/api/public/**").build();
    }

    @Bean
    public GroupedOpenApi signedInApi() {
        return GroupedOpenApi.builder().group("signed-in").displayName("登录用户 API（需登录）")
                .pathsToMatch("/api/**").pathsToExclude("/api/public/**").build();
    }
}
