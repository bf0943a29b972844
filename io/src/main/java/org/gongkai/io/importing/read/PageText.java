package org.gongkai.io.importing.read;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text each element of a page holds, outside links and site chrome: the measure by which the article is
 * told from the menus and lists around it. Counted in one pass from the leaves up, so a page nested a hundred
 * thousand deep costs no more than a flat one.
 */
final class PageText {

    /** Where a link leads to a published document (an attachment), by its path or a file name in its query. */
    private static final Pattern DOCUMENT_LINK = Pattern.compile(
            "(?i).*\\.(pdf|docx?|xlsx?|xlsm|et|wps)([?#].*)?$|.*[?&=/][^?&=/]+\\.(pdf|docx?|xlsx?|xlsm|et|wps)(&.*)?$");

    /** Characters (not counting spaces) of text, of text inside links, the links, the links to documents, the tables. */
    private record Count(long text, long linked, int links, int documentLinks, int tables) {
    }

    private static final int KINDS = 5;

    private final Map<Element, long[]> counts = new IdentityHashMap<>();
    private final Map<Element, Boolean> chrome = new IdentityHashMap<>();

    private PageText() {
    }

    static PageText of(Element root) {
        PageText page = new PageText();
        page.count(root);
        return page;
    }

    private void count(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            private int insideLinks;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && isLink(e)) {
                    insideLinks++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    long length = visible(t.getWholeText());
                    long[] c = at(parent);
                    c[0] += length;
                    c[1] += insideLinks > 0 ? length : 0;
                } else if (node instanceof Element e) {
                    long[] c = at(e);
                    if (isLink(e)) {
                        insideLinks--;
                        c[2]++;
                        c[3] += isDocumentLink(e.attr("href")) ? 1 : 0;
                    }
                    c[4] += e.normalName().equals("table") ? 1 : 0;
                    boolean isChrome = SiteChrome.isChrome(e) || SiteChrome.NON_CONTENT.contains(e.normalName());
                    chrome.put(e, isChrome);
                    if (!isChrome && e != root && e.parent() != null) {
                        long[] up = at(e.parent());
                        for (int i = 0; i < KINDS; i++) {
                            up[i] += c[i];
                        }
                    }
                }
            }
        }, root);
    }

    private long[] at(Element e) {
        return counts.computeIfAbsent(e, k -> new long[KINDS]);
    }

    private Count get(Element e) {
        long[] c = counts.getOrDefault(e, new long[KINDS]);
        return new Count(c[0], c[1], (int) c[2], (int) c[3], (int) c[4]);
    }

    /** Text outside links, the article's measure. */
    long ownText(Element e) {
        Count c = get(e);
        return c.text() - c.linked();
    }

    long text(Element e) {
        return get(e).text();
    }

    /** Mostly links to other pages (a menu, a list of related articles), and no attachment among them. */
    boolean isLinkList(Element e) {
        Count c = get(e);
        return c.links() >= 3 && c.documentLinks() == 0 && c.linked() * 10 >= c.text() * 7;
    }

    /** Tables in the element, itself included (chrome left out). */
    int tables(Element e) {
        return get(e).tables();
    }

    boolean isChrome(Element e) {
        return chrome.getOrDefault(e, false);
    }

    static boolean isLink(Element e) {
        String href = e.attr("href");
        // A link to a place in the page itself (a contents entry 「#_Toc…」) is the article's own text.
        return e.normalName().equals("a") && !href.isBlank() && !(href.startsWith("#") && href.length() > 1);
    }

    static boolean isDocumentLink(String href) {
        return DOCUMENT_LINK.matcher(href.strip()).matches();
    }

    private static long visible(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            n += Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u3000' ? 0 : 1;
        }
        return n;
    }
}
