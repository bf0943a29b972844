package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gongkai.io.importing.read.HtmlReader;
import org.gongkai.io.importing.source.ImportException;
import org.jsoup.nodes.Element;

/**
 * Saves a live 预决算公开 column as a mirror folder that {@link DisclosureFinder} reads ({@code OUTDIR/host/path}, as
 * wget does). Polite and bounded: it obeys robots.txt, waits between two requests to the host, stays on the start's
 * host, follows only the column's own pages, pages whose links speak of 预算/决算/三公 and the attachments pages link,
 * stops after a number of pages, refuses a file over a size, gives every request a time-out, and skips what OUTDIR
 * already holds, so that a stopped fetch goes on where it stopped.
 */
public final class SiteFetcher {

    /** How far a fetch may go. */
    public record Limits(int maxPages, long maxBytesPerFile, Duration delay, Duration timeout) {

        public static final Limits DEFAULT = new Limits(500, org.gongkai.io.importing.Documents.MAX_BYTES, Duration.ofSeconds(1),
                Duration.ofSeconds(30));

        public Limits {
            if (maxPages < 1 || maxBytesPerFile < 1 || delay.isNegative() || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("抓取上限应为正数：页数 " + maxPages + "，单个文件字节数 " + maxBytesPerFile);
            }
        }
    }

    /** What a fetch did: files saved now, files already there, and each URL not saved with its reason. */
    public record Result(int saved, int alreadyThere, List<String> notSaved) {
    }

    /** What a disclosure attaches; styles, scripts and images are never fetched. */
    private static final java.util.regex.Pattern ATTACHMENT = java.util.regex.Pattern.compile("(?i).*\\.(pdf|docx?|xlsx?|xlsm|et|wps)$");
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; " + Robots.AGENT + "-inspection/0.1)";

    private final Limits limits;
    private final HttpClient client;
    private long lastRequest;

    public SiteFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Result fetch(URI start, Path outDir) {
        if (start.getHost() == null || !start.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            throw new ImportException(start + "：不是 http(s) 网址");
        }
        Robots robots = robots(start);
        String column = start.getPath() == null || start.getPath().isEmpty() ? "/"
                : start.getPath().substring(0, start.getPath().lastIndexOf('/') + 1);
        Deque<URI> queue = new ArrayDeque<>(List.of(start.normalize()));
        Set<String> seen = new HashSet<>();
        List<String> notSaved = new ArrayList<>();
        int saved = 0;
        int there = 0;
        int pages = 0;
        while (!queue.isEmpty()) {
            URI url = queue.poll();
            String key = SiteLinks.keyOfUrl(url.toString()).orElse(null);
            if (key == null || !seen.add(key)) {
                continue;
            }
            if (!robots.allows(url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())) {
                notSaved.add(url + "：robots.txt 禁止抓取，已跳过");
                continue;
            }
            Path file = outDir.resolve(key.endsWith("/") ? key + "index.html" : key).normalize();
            if (!file.startsWith(outDir.normalize())) {
                notSaved.add(url + "：路径不在输出文件夹内，已跳过");
                continue;
            }
            boolean page = isPage(url);
            if (page && ++pages > limits.maxPages()) {
                notSaved.add(url + "：已达到 " + limits.maxPages() + " 个网页的上限，其后的网页未抓取");
                break;
            }
            Optional<byte[]> bytes;
            if (Files.exists(file)) {
                there++;
                bytes = page ? Optional.of(readSaved(file)) : Optional.empty();
            } else {
                bytes = download(url, file, notSaved);
                if (bytes.isPresent()) {
                    saved++;
                }
            }
            if (page && bytes.isPresent()) {
                links(url, file, bytes.get(), column).forEach(queue::add);
            }
        }
        return new Result(saved, there, notSaved);
    }

    /** The same-host links of a page worth following: the column's own pages, topical pages, and every attachment. */
    private List<URI> links(URI page, Path file, byte[] bytes, String column) {
        List<URI> next = new ArrayList<>();
        for (Element a : HtmlReader.parse(file.getFileName().toString(), bytes).select("a[href]")) {
            URI target;
            try {
                target = page.resolve(a.attr("href").strip().replace(" ", "%20")).normalize();
            } catch (IllegalArgumentException notAUrl) {
                continue;
            }
            if (target.getHost() == null || !target.getHost().equalsIgnoreCase(page.getHost()) || target.getPort() != page.getPort()) {
                continue;
            }
            target = URI.create(target.getScheme() + "://" + target.getRawAuthority() + (target.getRawPath() == null ? "/" : target.getRawPath()));
            String path = target.getPath() == null ? "/" : target.getPath();
            boolean attachment = ATTACHMENT.matcher(path).matches();
            if (attachment || isPage(target) && (path.startsWith(column) || DisclosureFinder.TOPICAL.matcher(a.text()).find())) {
                next.add(target);
            }
        }
        return next;
    }

    private static boolean isPage(URI url) {
        String path = url.getPath() == null ? "/" : url.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith("/") || HtmlReader.isPageName(path) || !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    private Robots robots(URI start) {
        URI robotsUrl = start.resolve("/robots.txt");
        try {
            HttpResponse<byte[]> response = send(robotsUrl, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? Robots.parse(new String(response.body(), StandardCharsets.UTF_8)) : Robots.none();
        } catch (IOException e) {
            throw new ImportException(robotsUrl + "：无法连接网站（" + e.getMessage() + "）");
        }
    }

    /** One file, streamed to a part file and moved into place, refused once it passes the size limit. */
    private Optional<byte[]> download(URI url, Path file, List<String> notSaved) {
        try {
            HttpResponse<InputStream> response = send(url, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    notSaved.add(url + "：服务器返回 " + response.statusCode() + "，未保存");
                    return Optional.empty();
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytesPerFile() + 1));
                if (bytes.length > limits.maxBytesPerFile()) {
                    notSaved.add(url + "：超过单个文件 " + limits.maxBytesPerFile() + " 字节的上限，未保存");
                    return Optional.empty();
                }
                Files.createDirectories(file.getParent());
                Path part = file.resolveSibling(file.getFileName() + ".part");
                Files.write(part, bytes);
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return Optional.of(bytes);
            }
        } catch (IOException e) {
            notSaved.add(url + "：下载失败（" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "）");
            return Optional.empty();
        }
    }

    /** Every request waits until the delay since the previous one has passed. */
    private <T> HttpResponse<T> send(URI url, HttpResponse.BodyHandler<T> body) throws IOException {
        long wait = lastRequest + limits.delay().toNanos() - System.nanoTime();
        try {
            if (lastRequest != 0 && wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest request = HttpRequest.newBuilder(url).timeout(limits.timeout()).header("User-Agent", USER_AGENT).GET().build();
            return client.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("抓取被中断", e);
        } finally {
            lastRequest = System.nanoTime();
        }
    }

    private static byte[] readSaved(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file + "：无法读取已保存的文件（" + e.getMessage() + "）");
        }
    }
}
