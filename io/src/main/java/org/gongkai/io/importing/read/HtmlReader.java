package org.gongkai.io.importing.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Reads a saved web page (.html, .htm, .shtml, .jsp, .asp, .php …, or any file whose bytes are HTML — an ".xls" a site
 * exported as a web page): the article only, as county and township sites publish their disclosures — its title first
 * (level 1), the 发布时间/来源 line, then its paragraphs and tables in order. Scripts, styles, menus, breadcrumbs,
 * share bars and footers are left out. The charset is the page's own ({@link HtmlCharset}).
 */
public final class HtmlReader {

    /** An attachment the page links to: where the link points and what it says (「附件1：部门预算公开表」). */
    public record Link(String href, String label) {
    }

    private static final Pattern LEADING_MARKUP = Pattern.compile(
            "(?is)^(\\s|<\\?xml[^>]*>|<!--.*?-->)*<(!doctype\\s+html|html|head|meta|title|body)[\\s>/].*");
    private static final Pattern ANY_TAG = Pattern.compile("(?is).*<(html|head|body|div|table|p|br|meta|title)[\\s>/].*");
    private static final Pattern PAGE_NAME = Pattern.compile("(?i).*\\.(html?|shtml|xhtml|jsp|aspx?|php)$");
    /** Start tags a page may hold: a published page has a few thousand, a 100,000-cell table about four per cell. */
    private static final long TAGS_PER_CELL = 4;

    private HtmlReader() {
    }

    /** A page by its name (.html, .shtml …) or its content: it opens as HTML does, whatever its name. */
    public static boolean looksLikeHtml(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                .replace("ï»¿", "");
        return LEADING_MARKUP.matcher(head).matches() || isPageName(name) && ANY_TAG.matcher(head).matches();
    }

    public static boolean isPageName(String name) {
        return PAGE_NAME.matcher(name).matches();
    }

    public static SourceDocument read(String name, byte[] bytes) {
        return read(name, bytes, ReadLimits.STANDARD);
    }

    static SourceDocument read(String name, byte[] bytes, ReadLimits limits) {
        Document page = parse(name, bytes, limits);
        PageText text = PageText.of(page.body());
        MainContent article = MainContent.of(page, text);
        List<Block> blocks = new ArrayList<>();
        article.title().map(HtmlBlocks::lineText).filter(t -> !t.isEmpty())
                .ifPresent(t -> blocks.add(new Block.Text(t, 1, "网页标题")));
        article.published().ifPresent(t -> blocks.add(new Block.Text(t, 0, "网页发布信息")));
        blocks.addAll(HtmlBlocks.of(name, article.container(), text, article.titleInside(), limits));
        return new SourceDocument(name, blocks);
    }

    /** The page's links to documents (PDF, Word, Excel, WPS), in the order the page gives them. */
    public static List<Link> attachments(String name, byte[] bytes) {
        Document page = parse(name, bytes, ReadLimits.STANDARD);
        List<Link> links = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href").strip();
            if (PageText.isDocumentLink(href) && links.stream().noneMatch(l -> l.href().equals(href))) {
                links.add(new Link(href, Cells.joined(a.text())));
            }
        }
        return links;
    }

    /** The page parsed in its own charset, with the same limits as {@link #read}: for finding pages on a saved site. */
    public static Document parse(String name, byte[] bytes) {
        return parse(name, bytes, ReadLimits.STANDARD);
    }

    private static Document parse(String name, byte[] bytes, ReadLimits limits) {
        String html = HtmlCharset.decode(name, bytes);
        long maxTags = limits.maxCells() * TAGS_PER_CELL;
        if (tags(html, maxTags) > maxTags) {
            throw new ImportException(name + "：网页的标签超过 " + maxTags + " 个上限，未读取（公开网页通常只有几千个）");
        }
        return Jsoup.parse(html);
    }

    /** Start tags, counted before the page is parsed (a parsed page costs far more memory than its bytes). */
    private static long tags(String html, long stopAfter) {
        long tags = 0;
        for (int i = 0; i + 1 < html.length() && tags <= stopAfter; i++) {
            if (html.charAt(i) == '<' && Character.isLetter(html.charAt(i + 1))) {
                tags++;
            }
        }
        return tags;
    }
}
