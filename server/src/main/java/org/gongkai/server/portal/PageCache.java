package org.gongkai.server.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Published pages never change until the next publication, so the public pages and open data are answered from
 * memory, as bytes with an ETag, ahead of security and MVC. Only anonymous GETs are served or stored (a signed-in
 * page shows its user); the whole cache is dropped when anything is published.
 */
public class PageCache extends OncePerRequestFilter {

    /** Searches make the key space open-ended; past this many pages the cache starts again. */
    static final int MAX_PAGES = 5_000;
    /** Larger answers (bulk downloads) are not kept. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /** A kept answer; large bodies also live in a file that Tomcat can send with sendfile, as nginx does. */
    private record Page(int status, List<String[]> headers, byte[] body, String etag, java.nio.file.Path file) {
    }

    /** Above this size a body is sent from its file with sendfile (Tomcat's own threshold for static files). */
    static final int SENDFILE_BYTES = 48 * 1024;
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

    private static final java.util.Set<String> UNKEPT = java.util.Set.of("date", "content-length", "transfer-encoding",
            "cache-control", "pragma", "expires", "etag");

    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private final java.nio.file.Path directory;

    public PageCache(Portal portal, java.nio.file.Path directory) {
        this.directory = directory;
        portal.onChange(pages::clear);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.startsWith("/d/") || path.equals("/compare") || path.startsWith("/region/")
                || path.equals("/search") || path.startsWith("/api/public/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Page page = pages.get(key);
        if (page == null) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            page = keep(key, wrapper);
            wrapper.copyBodyToResponse();
            return;
        }
        serve(page, request, response);
    }

    private Page keep(String key, ContentCachingResponseWrapper response) {
        if (response.getStatus() != 200 || response.getHeader(HttpHeaders.SET_COOKIE) != null
                || response.getContentSize() > MAX_BYTES) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!UNKEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.add(new String[] {name, response.getHeader(name)});
            }
        }
        if (response.getContentType() != null) {
            headers.add(new String[] {HttpHeaders.CONTENT_TYPE, response.getContentType()});
        }
        // Public and unchanging until the next publication: browsers may keep it but must revalidate with the ETag.
        headers.add(new String[] {HttpHeaders.CACHE_CONTROL, "public, no-cache"});
        byte[] body = response.getContentAsByteArray();
        Page page = new Page(200, headers, body, etag(body), body.length >= SENDFILE_BYTES ? spill(body) : null);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.put(key, page);
        return page;
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String[] header : page.headers()) {
            response.setHeader(header[0], header[1]);
        }
        response.setHeader(HttpHeaders.ETAG, page.etag());
        if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(page.status());
        response.setContentLength(page.body().length);
        if (page.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute("org.apache.tomcat.sendfile.filename", page.file().toString());
            request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
            request.setAttribute("org.apache.tomcat.sendfile.end", (long) page.body().length);
            return;
        }
        response.getOutputStream().write(page.body());
    }

    /** Files are named by content, so a dropped cache never leaves a file that a later page could be confused with. */
    private java.nio.file.Path spill(byte[] body) {
        try {
            java.nio.file.Path file = directory.resolve(etag(body).replace("\"", "") + ".page");
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Path part = java.nio.file.Files.createTempFile(directory, "page-", ".part");
                java.nio.file.Files.write(part, body);
                java.nio.file.Files.move(part, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
