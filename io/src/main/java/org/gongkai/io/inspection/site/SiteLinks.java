package org.gongkai.io.inspection.site;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a link on a saved page points, as a key of the saved site: relative links against the page's folder,
 * root-relative ones against its host folder, absolute ones by host and path, each %-decoded (UTF-8, or GBK as older
 * Chinese sites encode file names).
 */
final class SiteLinks {

    /** A link resolved: the keys the target may be saved under, or why it is not on the saved site. */
    record Target(Set<String> keys, String outside) {

        boolean isOutside() {
            return outside != null;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern HOST = Pattern.compile("(?i)^[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?$");
    private static final Charset GBK = Charset.forName("GBK");

    private SiteLinks() {
    }

    /** The key of a URL: host (with a port other than the default) and decoded path; index pages end in "/". */
    static Optional<String> keyOfUrl(String url) {
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            if (uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443
                    ? ":" + uri.getPort() : "");
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(host + decoded(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where {@code href} on the page saved under {@code pageKey} points. */
    static Target resolve(String pageKey, String href) {
        String h = href.strip().replaceAll("#.*$", "");
        if (h.isEmpty()) {
            return new Target(Set.of(), "空链接");
        }
        if (SCHEME.matcher(h).matches()) {
            if (!h.toLowerCase(Locale.ROOT).startsWith("http")) {
                return new Target(Set.of(), "不是网页链接（" + h.substring(0, Math.min(h.length(), 40)) + "）");
            }
            String pageHost = hostOf(pageKey);
            Optional<String> key = keyOfUrl(h.replaceAll("\\?.*$", ""));
            if (key.isEmpty()) {
                return new Target(Set.of(), "网址无法识别");
            }
            String linkHost = hostOf(key.get());
            if (pageHost == null || !pageHost.equals(linkHost)) {
                return pageHost == null ? new Target(variants(key.get().substring(linkHost.length() + 1)), null)
                        : new Target(Set.of(), "链接指向镜像之外的网站（" + linkHost + "）");
            }
            return new Target(variants(key.get()), null);
        }
        String path = h.replaceAll("\\?.*$", "");
        String base;
        if (path.startsWith("/")) {
            String host = hostOf(pageKey);
            base = host == null ? "" : host;
        } else {
            base = pageKey.contains("/") ? pageKey.substring(0, pageKey.lastIndexOf('/')) : "";
        }
        Optional<String> joined = normalized(base + "/" + path);
        return joined.map(k -> new Target(variants(k), null))
                .orElse(new Target(Set.of(), "链接指向镜像文件夹之外（" + href + "）"));
    }

    /** The key decoded as UTF-8, as GBK, and as written. */
    private static Set<String> variants(String key) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(decoded(key, StandardCharsets.UTF_8));
        keys.add(decoded(key, GBK));
        keys.add(key);
        return keys;
    }

    /** The host folder a key starts with (wget and HTTrack save under the host's name), or null when it has none. */
    static String hostOf(String key) {
        int slash = key.indexOf('/');
        String first = slash < 0 ? key : key.substring(0, slash);
        return HOST.matcher(first).matches() ? first.toLowerCase(Locale.ROOT) : null;
    }

    /** "a/b/../c/./d" → "a/c/d"; empty when ".." climbs out of the root. */
    private static Optional<String> normalized(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return Optional.of(path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined);
    }

    private static String decoded(String text, Charset charset) {
        if (!text.contains("%")) {
            return text;
        }
        try {
            String d = URLDecoder.decode(text.replace("+", "%2B"), charset);
            return d.contains("\uFFFD") ? text : d;
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }
}
