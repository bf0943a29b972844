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
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Published pages never change until the next publication, so the public pages and open data are answered from
 * memory, as bytes with an ETag, ahead of security and MVC. Only anonymous GETs are served or stored (a signed-in
 * page shows its user); the whole cache is dropped when anything is published.
 *
 * <p>The cache is bounded by the bytes it holds, least recently used pages going first, and keyed by the path and
 * only the parameters the pages read ({@link #KNOWN_PARAMETERS}, in a fixed order): made-up parameters cannot fill it.
 * A page whose rendering began before a publication is never stored after it (the publication epoch).
 *
 * <p>At a publication the pages its readers read most — the home page (and the year's, for an earlier year), the
 * region's and the department-year's own (its budget and its 决算 side by side) — are rendered anew (by requests of the
 * server to itself, marked with a token only it knows) before everything kept is replaced by them in one step: readers
 * never wait for a render the publication caused, and none is served an old page once the publication is acknowledged.
 */
public class PageCache extends OncePerRequestFilter {

    /** Every query parameter a public page or the open-data API reads; others do not change the answer. */
    static final List<String> KNOWN_PARAMETERS = List.of("year", "kind", "version", "department", "a", "b", "q", "region", "sort", "page",
            "size");
    /** Larger answers (bulk downloads) are not kept. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    /**
     * A kept answer, as it was and gzipped (each with its ETag), and when it was rendered; large bodies also live in a
     * file that Tomcat can send with sendfile, as nginx does. Tomcat compresses nothing it sends by sendfile, so the
     * cache gzips a page itself, once, when it keeps it.
     */
    private record Page(int status, List<String[]> headers, Body plain, Body gzipped, long rendered) {

        byte[] body() {
            return plain.bytes();
        }
    }

    /** A representation of a kept page: its bytes, its ETag, and its file for sendfile (null when small or unwritten). */
    private record Body(byte[] bytes, String etag, java.nio.file.Path file, String encoding) {
    }

    /** Above this size a body is sent from its file with sendfile (Tomcat's own threshold for static files). */
    static final int SENDFILE_BYTES = 48 * 1024;
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

    private static final java.util.Set<String> UNKEPT = java.util.Set.of("date", "content-length", "transfer-encoding",
            "cache-control", "pragma", "expires", "etag", "vary", "last-modified", "content-encoding");

    /** Access-ordered, so the eldest entry is the least recently used; guarded by itself. */
    private final java.util.LinkedHashMap<String, Page> pages = new java.util.LinkedHashMap<>(256, 0.75f, true);
    private long keptBytes;
    /** Counts publications; a page is stored only if none happened while it was rendered. */
    private long epoch;

    private final java.nio.file.Path directory;
    private final long maxKeptBytes;
    private final Portal portal;
    private final java.util.Map<String, Page> prerendered = new java.util.concurrent.ConcurrentHashMap<>();
    /** The server's own port, once it listens; 0 until then (and in tests without a server): nothing is rendered ahead. */
    private volatile int port;
    private final java.net.http.HttpClient self = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(2)).build();

    /** @param maxKeptBytes the bodies held in all, e.g. 64 MB */
    public PageCache(Portal portal, java.nio.file.Path directory, long maxKeptBytes) {
        this.directory = directory;
        this.maxKeptBytes = maxKeptBytes;
        this.portal = portal;
        portal.onPublished(this::published);
    }

    void listenOn(int port) {
        this.port = port;
    }

    /**
     * A publication (of a budget or a 决算): the home page (and its year's, for an earlier year), its region's page and
     * its department-year's page are rendered with the new listing, then replace everything kept (all of which may be
     * stale).
     */
    synchronized void published(org.gongkai.server.workflow.Published event) {
        if (port > 0) {
            Snapshot listing = portal.snapshot();
            String region = listing.versions(event.departmentCode(), event.year()).stream().findFirst()
                    .map(p -> p.record().regionCode()).orElse(null);
            // The department-year's own page too: a 决算 published beside its budget changes that page, not the home page.
            List<String> paths = new ArrayList<>(List.of("/", "/d/" + event.departmentCode() + "/" + event.year()));
            if (!listing.years().isEmpty() && listing.years().get(0) != event.year()) {
                paths.add("/?year=" + event.year());
            }
            if (region != null) {
                paths.add("/region/" + region + "?year=" + event.year());
            }
            for (String path : paths) {
                render(path);
            }
        }
        synchronized (pages) {
            epoch++;
            pages.clear();
            keptBytes = 0;
            prerendered.forEach((key, page) -> {
                pages.put(key, page);
                keptBytes += page.body().length;
            });
        }
        prerendered.clear();
    }

    private void render(String path) {
        try {
            self.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header(org.gongkai.server.security.SignedIn.SERVER_ITSELF, org.gongkai.server.security.SignedIn.serverToken()).timeout(java.time.Duration.ofSeconds(10)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // Not rendered ahead: its first reader renders it, as before.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bodies held now, in bytes. */
    long keptBytes() {
        synchronized (pages) {
            return keptBytes;
        }
    }

    int size() {
        synchronized (pages) {
            return pages.size();
        }
    }

    /** The path and the known parameters present, in a fixed order; repeated values are kept in their order. */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (String name : KNOWN_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    key.append(separator).append(name).append('=').append(value);
                    separator = '&';
                }
            }
        }
        return key.toString();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getRequestedSessionId() != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.startsWith("/d/") || path.equals("/compare") || path.startsWith("/region/")
                || path.equals("/search") || path.equals("/rules") || path.startsWith("/api/public/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        // Before the answer is made: Spring Security then leaves its no-store (and Pragma, Expires) off a public page.
        response.setHeader(HttpHeaders.CACHE_CONTROL, PublicCaching.of(request));
        if (org.gongkai.server.security.SignedIn.serverItself(request)) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            Page rendered = page(request, wrapper);
            if (rendered != null) {
                prerendered.put(key, rendered);
            }
            answer(rendered, request, response, wrapper);
            return;
        }
        Page page;
        long started;
        synchronized (pages) {
            page = pages.get(key);
            started = epoch;
        }
        if (page == null) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            Page rendered = page(request, wrapper);
            if (rendered != null) {
                store(key, rendered, started);
            }
            answer(rendered, request, response, wrapper);
            return;
        }
        serve(page, request, response);
    }

    /** The first reader of a page gets what every later reader gets (gzipped when asked); an unkept answer as it was. */
    private static void answer(Page kept, HttpServletRequest request, HttpServletResponse response,
                               ContentCachingResponseWrapper wrapper) throws IOException {
        if (kept == null) {
            // Not kept (an error, an answer that made a session, a bulk download): kept by no one else either.
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            wrapper.copyBodyToResponse();
            return;
        }
        serve(kept, request, response);
    }

    /**
     * The answer as kept, with its ETag set on the response too; null for an answer that is not kept. An answer that
     * made a session is not kept even before its cookie is set: Spring Session sets it only as the response is sent.
     */
    private Page page(HttpServletRequest request, ContentCachingResponseWrapper response) {
        if (response.getStatus() != 200 || response.getHeader(HttpHeaders.SET_COOKIE) != null || request.getSession(false) != null
                || response.getContentSize() > Math.min(MAX_BYTES, maxKeptBytes)) {
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
        String caching = PublicCaching.of(request);
        headers.add(new String[] {HttpHeaders.CACHE_CONTROL, caching});
        String vary = response.getHeader(HttpHeaders.VARY);
        headers.add(new String[] {HttpHeaders.VARY, vary == null ? HttpHeaders.ACCEPT_ENCODING : vary + ", " + HttpHeaders.ACCEPT_ENCODING});
        byte[] body = response.getContentAsByteArray();
        String etag = etag(body);
        byte[] gzipped = compressible(response.getContentType()) ? gzip(body) : null;
        String gzipEtag = etag.substring(0, etag.length() - 1) + "-gzip\"";
        // Seconds, as HTTP dates are: a page kept now was not modified after this second.
        long rendered = System.currentTimeMillis() / 1000 * 1000;
        return new Page(200, headers, new Body(body, etag, body.length >= SENDFILE_BYTES ? spill(body, etag) : null, null),
                gzipped == null ? null : new Body(gzipped, gzipEtag, gzipped.length >= SENDFILE_BYTES ? spill(gzipped, gzipEtag) : null,
                        "gzip"), rendered);
    }

    /** Worth it for text only: what the pages and the open data are (the downloads are zip, xlsx, docx, pdf). */
    private static boolean compressible(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("json")
                || contentType.contains("javascript") || contentType.contains("csv") || contentType.contains("xml"));
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps a page rendered from epoch {@code started}, unless a publication came since; evicts the least recently used. */
    private void store(String key, Page page, long started) {
        synchronized (pages) {
            if (epoch != started) {
                return;
            }
            Page replaced = pages.put(key, page);
            keptBytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
            var eldest = pages.entrySet().iterator();
            while (keptBytes > maxKeptBytes && eldest.hasNext()) {
                keptBytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (String[] header : page.headers()) {
            response.setHeader(header[0], header[1]);
        }
        Body body = page.gzipped() != null && acceptsGzip(request) ? page.gzipped() : page.plain();
        response.setHeader(HttpHeaders.ETAG, body.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.rendered());
        if (notModified(page, body, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (body.encoding() != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, body.encoding());
        }
        response.setStatus(page.status());
        response.setContentLength(body.bytes().length);
        if (body.file() != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute("org.apache.tomcat.sendfile.filename", body.file().toString());
            request.setAttribute("org.apache.tomcat.sendfile.start", 0L);
            request.setAttribute("org.apache.tomcat.sendfile.end", (long) body.bytes().length);
            return;
        }
        response.getOutputStream().write(body.bytes());
    }

    /** By the ETag when the browser sends one (either representation's: both are the same page), else by the date. */
    private static boolean notModified(Page page, Body body, HttpServletRequest request) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            return match.contains(page.plain().etag()) || page.gzipped() != null && match.contains(page.gzipped().etag());
        }
        long since;
        try {
            since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= page.rendered();
    }

    /** Whether the client takes gzip: named in Accept-Encoding, not with q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.strip().split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return !(parts.length > 1 && parts[1].strip().matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    /** Files are named by content, so a dropped cache never leaves a file that a later page could be confused with. */
    private java.nio.file.Path spill(byte[] body, String etag) {
        try {
            java.nio.file.Path file = directory.resolve(etag.replace("\"", "") + ".page");
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
