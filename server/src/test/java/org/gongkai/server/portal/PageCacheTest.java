package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.server.workflow.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The page cache is bounded by bytes, keyed by known parameters only, and never keeps a page older than a publication. */
class PageCacheTest {

    @TempDir
    Path pages;

    private final Portal portal = new Portal(null, null);
    private final AtomicInteger rendered = new AtomicInteger();

    private MockHttpServletResponse get(PageCache cache, String path, String query, Runnable whileRendering, int bodyBytes)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                request.addParameter(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            public void service(ServletRequest req, ServletResponse res) throws java.io.IOException {
                rendered.incrementAndGet();
                whileRendering.run();
                ((HttpServletResponse) res).setStatus(200);
                res.setContentType("text/html");
                res.getOutputStream().write(("x".repeat(bodyBytes)).getBytes(StandardCharsets.UTF_8));
            }
        }));
        return response;
    }

    @Test
    void parametersNoPageReadsCreateNoEntries() throws Exception {
        PageCache cache = new PageCache(portal, pages, 1024 * 1024);
        for (int n = 0; n < 200; n++) {
            get(cache, "/search", "q=教育&s=" + n, () -> { }, 100);
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(rendered).hasValue(1);
        get(cache, "/search", "s=1&q=教育&utm=x", () -> { }, 100);
        assertThat(rendered).hasValue(1);
    }

    @Test
    void theCacheStaysWithinItsByteBoundDroppingTheLeastRecentlyUsed() throws Exception {
        PageCache cache = new PageCache(portal, pages, 10_000);
        get(cache, "/search", "q=kept", () -> { }, 3_000);
        for (int n = 0; n < 50; n++) {
            get(cache, "/search", "q=" + n, () -> { }, 3_000);
            get(cache, "/search", "q=kept", () -> { }, 3_000);
            assertThat(cache.keptBytes()).isLessThanOrEqualTo(10_000);
        }
        int before = rendered.get();
        get(cache, "/search", "q=kept", () -> { }, 3_000);
        assertThat(rendered).hasValue(before);
    }

    @Test
    void aPageRenderedBeforeAPublicationIsNotStoredAfterIt() throws Exception {
        PageCache cache = new PageCache(portal, pages, 1024 * 1024);
        get(cache, "/d/430/2023", null, () -> portal.published(new Published("430", 2023, 2)), 100);
        assertThat(cache.size()).isZero();
        get(cache, "/d/430/2023", null, () -> { }, 100);
        get(cache, "/d/430/2023", null, () -> { }, 100);
        assertThat(rendered).hasValue(2);
    }
}
