package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.io.importing.read.HtmlReader;
import org.gongkai.io.importing.source.ImportException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the disclosures of a saved site. A page is one when it links attachments (PDF, Word, Excel, WPS) whose names or
 * link texts speak of 预算, 决算 or 三公, or when its title does and it is an article, not a list. A listing page (a
 * column linking several such pages and no attachment of its own) is not a disclosure; its pages are found by
 * themselves, since every saved page is looked at.
 */
public final class DisclosureFinder {

    /** What was found: the disclosures by page key, and each page or file left out with its reason. */
    public record Found(String source, List<SiteDisclosure> disclosures, List<String> skipped) {
    }

    static final Pattern TOPICAL = Pattern.compile("预算|决算|三公");
    /** A column that links this many topical pages is a listing. */
    static final int LISTING_LINKS = 3;
    private static final int ARTICLE_CHARS = 100;

    private DisclosureFinder() {
    }

    /** The disclosures of the mirror folder or WARC file at {@code path}. */
    public static Found find(java.nio.file.Path path) {
        return find(SavedSite.open(path));
    }

    static Found find(SavedSite site) {
        List<SiteDisclosure> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>(site.skipped());
        for (SiteResource file : site.byKey().values()) {
            if (!file.isPage()) {
                continue;
            }
            try {
                examine(site, file, found, skipped);
            } catch (ImportException | IOException e) {
                skipped.add(file.key() + "：网页无法读取，已跳过（" + e.getMessage() + "）");
            }
        }
        return new Found(site.source(), found, skipped);
    }

    private static void examine(SavedSite site, SiteResource file, List<SiteDisclosure> found, List<String> skipped) throws IOException {
        byte[] bytes = file.bytes();
        Document page = HtmlReader.parse(file.fileName(), bytes);
        String title = title(page);
        List<HtmlReader.Link> links = HtmlReader.attachments(file.fileName(), bytes);
        List<HtmlReader.Link> topical = links.stream().filter(l -> TOPICAL.matcher(l.label() + " " + decodedName(l.href())).find()).toList();
        boolean titled = TOPICAL.matcher(title).find();
        long listed = topicalPageLinks(page);
        if (topical.isEmpty() && listed >= LISTING_LINKS) {
            skipped.add(file.key() + "：栏目列表页（链接 " + listed + " 篇预决算文章），本身不是公开文件");
            return;
        }
        boolean article = page.body() != null && page.body().text().length() >= ARTICLE_CHARS || !page.select("table td").isEmpty();
        if (topical.isEmpty() && !(titled && article)) {
            return;
        }
        List<SiteResource> attachments = new ArrayList<>();
        List<String> notTaken = new ArrayList<>();
        for (HtmlReader.Link link : titled ? links : topical) {
            join(site, file, link, attachments, notTaken);
        }
        skipped.addAll(notTaken);
        LocalDate published = PublicationDate.of(page, file.key()).orElse(null);
        found.add(new SiteDisclosure(file.key(), title, published, List.copyOf(attachments), List.copyOf(notTaken), file));
    }

    private static void join(SavedSite site, SiteResource page, HtmlReader.Link link, List<SiteResource> attachments, List<String> notTaken) {
        String named = link.label().isBlank() ? link.href() : link.label() + "（" + link.href() + "）";
        SiteLinks.Target target = SiteLinks.resolve(page.key(), link.href());
        if (target.isOutside()) {
            notTaken.add(page.key() + "：附件“" + named + "”" + target.outside() + "，未读取");
            return;
        }
        Optional<SiteResource> file = target.keys().stream().map(site::find).flatMap(Optional::stream).findFirst();
        if (file.isEmpty()) {
            notTaken.add(page.key() + "：附件“" + named + "”不在保存的网站中，未读取");
        } else if (file.get().size() > org.gongkai.io.importing.Documents.MAX_BYTES) {
            notTaken.add(file.get().key() + "：附件超过 " + org.gongkai.io.importing.Documents.MAX_BYTES / (1024 * 1024)
                    + " MB 的读取上限，未读取");
        } else if (attachments.stream().noneMatch(a -> a.key().equals(file.get().key()))) {
            attachments.add(file.get());
        }
    }

    /** Links to other pages whose text speaks of 预算/决算/三公 (a column's list of articles). */
    private static long topicalPageLinks(Document page) {
        return page.select("a[href]").stream()
                .filter(a -> !isDocumentHref(a.attr("href")))
                .filter(a -> TOPICAL.matcher(a.text()).find()).map(a -> a.attr("href")).distinct().count();
    }

    private static boolean isDocumentHref(String href) {
        return href.toLowerCase(java.util.Locale.ROOT).replaceAll("[?#].*$", "").matches(".*\\.(pdf|docx?|xlsx?|et|wps|zip|rar)$");
    }

    private static String title(Document page) {
        Element meta = page.selectFirst("meta[name=ArticleTitle]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content").strip();
        }
        Element h = page.selectFirst("h1, h2, .title");
        String heading = h == null ? "" : h.text().strip();
        return heading.isEmpty() || !TOPICAL.matcher(heading).find() && TOPICAL.matcher(page.title()).find() ? page.title().strip() : heading;
    }

    private static String decodedName(String href) {
        SiteLinks.Target t = SiteLinks.resolve("x/y.html", href);
        return t.keys().isEmpty() ? href : t.keys().iterator().next();
    }
}
