package org.gongkai.server.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * How long a browser or a proxy may keep a public answer, by what it is (signed-in pages never get here: they stay
 * {@code no-store}, Spring Security's default):
 * <ul>
 * <li>what a published version is — its files and its stored model — never changes (published versions are immutable,
 *     a database trigger holds it): a year, {@code immutable};</li>
 * <li>a version's page shows that version, which never changes, beside what may (the 三公 of later years, the
 *     versions list): a day;</li>
 * <li>everything else — lists, search, a department-year's newest version — changes at the next publication: a minute,
 *     then revalidated by its ETag or Last-Modified.</li>
 * </ul>
 */
final class PublicCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String VERSION = "public, max-age=86400";
    static final String CHANGING = "public, max-age=60, must-revalidate";

    private static final Pattern STORED_MODEL = Pattern.compile("/api/public/disclosures/\\d+");
    private static final Pattern DOWNLOAD = Pattern.compile("/d/[^/]+/\\d+/download/[^/]+");
    private static final Pattern DEPARTMENT_YEAR = Pattern.compile("/d/[^/]+/\\d+");

    private PublicCaching() {
    }

    /** The Cache-Control of a public answer to this request. */
    static String of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean version = request.getParameter("version") != null;
        if (STORED_MODEL.matcher(path).matches() || version && DOWNLOAD.matcher(path).matches()) {
            return IMMUTABLE;
        }
        return version && DEPARTMENT_YEAR.matcher(path).matches() ? VERSION : CHANGING;
    }
}
