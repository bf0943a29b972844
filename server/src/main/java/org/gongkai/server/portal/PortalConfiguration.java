package org.gongkai.server.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Puts the page cache in front of everything else, security included: it only ever holds public, anonymous answers. */
@Configuration
public class PortalConfiguration {

    private PageCache cache;

    /** The page cache renders a publication's pages through the server itself, once it knows its port. */
    @org.springframework.context.event.EventListener
    public void listening(org.springframework.boot.web.context.WebServerInitializedEvent event) {
        if (cache != null) {
            cache.listenOn(event.getWebServer().getPort());
        }
    }

    @Bean
    public FilterRegistrationBean<PageCache> pageCache(Portal portal, @Value("${gongkai.data-dir}") String dataDir,
                                                       @Value("${gongkai.page-cache.max-bytes:64MB}") DataSize maxBytes)
            throws java.io.IOException {
        java.nio.file.Path pages = java.nio.file.Path.of(dataDir, "pages");
        java.nio.file.Files.createDirectories(pages);
        // Pages kept by an earlier run may be of material since corrected: start empty.
        try (var old = java.nio.file.Files.newDirectoryStream(pages)) {
            for (java.nio.file.Path file : old) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
        PageCache cache = new PageCache(portal, pages, maxBytes.toBytes());
        this.cache = cache;
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
