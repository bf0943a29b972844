package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.gongkai.io.importing.source.Cells;

/**
 * The article of a web page: the element holding most of its text outside links and chrome (on one site a
 * {@code div.TRS_Editor}, on another {@code #zoom} or the cell of a layout table — found by where the text is, not by
 * a list of ids), the article's title and the line saying when and by whom it was published.
 *
 * @param container   where the article's paragraphs and tables are
 * @param title       the article's title: its heading above the article, else the page's {@code <title>}
 * @param titleInside the title's element when it lies inside the container (so it is not read twice)
 * @param published   the 发布时间/来源/发布机构 line above the article, when it is outside the container
 */
record MainContent(Element container, Optional<String> title, Element titleInside, Optional<String> published) {

    /** The share of its parent's text a child must hold to be the article rather than part of it. */
    private static final double MOST = 0.6;
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "dt", "dd", "pre", "caption");
    private static final Pattern ABOUT_A_DISCLOSURE = Pattern.compile(".*(预算|决算|三公|公开|经费|说明).*");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]).*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(发布时间|发布日期|发文日期|成文日期|信息来源|文章来源|来源|发布机构|发布单位|发布部门|发布者)\\s*[:：]");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s*(_|\\||｜|——|--|\\s-\\s|—)\\s*");
    /** A page has a few headings and one publication line; a page with thousands is not looked through for them all. */
    private static final int MAX_CANDIDATES = 200;
    private static final Set<String> INLINE = Set.of("span", "font", "b", "strong", "em", "i", "label", "a", "small", "u");

    static MainContent of(Document page, PageText text) {
        Element body = page.body();
        Element container = container(body, text);
        Map<Element, Integer> order = order(body);
        int start = order.getOrDefault(container, 0);
        int end = start + container.getAllElements().size() - 1;
        List<Element> headings = headings(body, text);
        List<Element> before = headings.stream().filter(h -> order.get(h) < start)
                .sorted(Comparator.comparing((Element h) -> order.get(h)).reversed()).toList();
        List<Element> inside = headings.stream().filter(h -> order.get(h) > start && order.get(h) <= end
                && !NUMBERED.matcher(h.text()).matches()).limit(1).toList();
        Optional<String> pageTitle = pageTitle(page);
        Optional<Element> heading = before.stream().filter(h -> ABOUT_A_DISCLOSURE.matcher(h.text()).matches()).findFirst()
                .or(() -> inside.stream().filter(h -> ABOUT_A_DISCLOSURE.matcher(h.text()).matches()).findFirst());
        if (heading.isEmpty() && pageTitle.filter(t -> ABOUT_A_DISCLOSURE.matcher(t).matches()).isEmpty()) {
            heading = before.stream().findFirst().or(() -> inside.stream().findFirst());
        }
        Optional<String> title = heading.map(h -> Cells.joined(h.text())).or(() -> pageTitle);
        Element titleInside = heading.filter(h -> order.get(h) > start).orElse(null);
        int after = heading.filter(h -> order.get(h) < start).map(order::get).orElse(-1);
        return new MainContent(container, title, titleInside, published(body, container, order, after, start));
    }

    /** From the body down, into the child that holds most of the text, while one does and it is not a paragraph. */
    static Element container(Element body, PageText text) {
        Element current = body;
        while (true) {
            long total = text.ownText(current);
            Element best = null;
            for (Element child : current.children()) {
                if (!text.isChrome(child) && (best == null || text.ownText(child) > text.ownText(best))) {
                    best = child;
                }
            }
            if (best == null || total == 0 || text.ownText(best) < total * MOST || !holdsBlocks(best, text)) {
                return current;
            }
            current = best;
        }
    }

    /** An element that holds lines or blocks (a div of paragraphs, a layout table's cell), not a paragraph itself. */
    private static boolean holdsBlocks(Element e, PageText text) {
        if (TEXT_BLOCKS.contains(e.normalName()) || e.normalName().equals("table") && !HtmlTables.isLayout(e, text)) {
            return false;
        }
        return e.children().stream().anyMatch(c -> HtmlBlocks.isBlock(c.normalName()) || c.normalName().equals("br"));
    }

    /** Each element's place in document order. */
    private static Map<Element, Integer> order(Element body) {
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            order.put(e, order.size());
        }
        return order;
    }

    /** Headings and title-like elements outside menus, lists and footers. */
    private static List<Element> headings(Element body, PageText text) {
        List<Element> headings = new ArrayList<>();
        List<Element> candidates = body.select("h1, h2, h3, [class~=(?i)title], [id~=(?i)title]");
        for (Element e : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
            if (text.text(e) < 4 || text.text(e) > 300) {
                continue;
            }
            String t = e.text().strip();
            if (t.length() >= 4 && t.length() <= 150 && e.closest("nav, footer, aside, menu, li") == null
                    && !text.isLinkList(e) && e.select("table").isEmpty()) {
                headings.add(e);
            }
        }
        return headings;
    }

    /** The page's {@code <title>}: its longest piece, since sites add their own name and the column's with a separator. */
    private static Optional<String> pageTitle(Document page) {
        return java.util.Arrays.stream(TITLE_SEPARATOR.split(page.title())).map(String::strip).filter(t -> !t.isEmpty())
                .max(Comparator.comparingInt(String::length));
    }

    /** The 发布时间/来源 line nearest above the article, below its title. */
    private static Optional<String> published(Element body, Element container, Map<Element, Integer> order, int after, int start) {
        List<Element> around = container.parents();
        List<Element> lines = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int examined;

            @Override
            public void head(Node node, int depth) {
                if (examined >= MAX_CANDIDATES || !(node instanceof TextNode t) || !PUBLISHED.matcher(t.getWholeText()).find()
                        || !(node.parent() instanceof Element p)) {
                    return;
                }
                examined++;
                Element block = p;
                while (INLINE.contains(block.normalName()) && block.parent() != null && block.parent() != body) {
                    block = block.parent();
                }
                Integer at = order.get(block);
                if (at != null && at > after && at < start && !around.contains(block)
                        && (lines.isEmpty() || lines.get(lines.size() - 1) != block)) {
                    lines.add(block);
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, body);
        return lines.stream().reduce((a, b) -> b).map(e -> SiteChrome.withoutTools(HtmlBlocks.lineText(e.wholeText())))
                .filter(t -> !t.isEmpty() && t.length() <= 300);
    }
}
