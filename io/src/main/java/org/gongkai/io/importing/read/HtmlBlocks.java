package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.gongkai.io.importing.source.Block;

/**
 * An article's paragraphs and tables in reading order: each paragraph, heading, list item or {@code <br>}-ended line a
 * text block (a heading's level kept), each data table a grid; chrome, link lists and non-content elements skipped.
 * Walks the tree without recursion, so no nesting depth overflows the stack.
 */
final class HtmlBlocks implements NodeFilter {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
            "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "section", "article", "main", "header", "blockquote",
            "center", "pre", "address", "caption", "figure", "figcaption", "hr", "form", "fieldset", "body");
    /** A line break in Chinese text wrapped by the page's source, not a space the writer typed. */
    private static final Pattern SOURCE_WRAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])[ \\t]*[\\r\\n]\\s*(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");

    private final String name;
    private final PageText text;
    private final Element skip;
    private final ReadLimits limits;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private long linked;
    private long unlinked;
    private int insideLinks;
    private int level;
    private int paragraphs;
    private int tables;
    private long cells;
    private long visited;

    private HtmlBlocks(String name, PageText text, Element skip, ReadLimits limits) {
        this.name = name;
        this.text = text;
        this.skip = skip;
        this.limits = limits;
    }

    /** The blocks of {@code container}, leaving out {@code skip} (the title, already read). */
    static List<Block> of(String name, Element container, PageText text, Element skip, ReadLimits limits) {
        HtmlBlocks walk = new HtmlBlocks(name, text, skip, limits);
        NodeTraversor.filter(walk, container);
        walk.flush();
        return walk.blocks;
    }

    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (++visited % 4096 == 0) {
            ReadLimits.stopIfInterrupted(name);
        }
        if (node instanceof TextNode t) {
            String piece = t.getWholeText();
            line.append(piece);
            long visible = piece.strip().length();
            linked += insideLinks > 0 ? visible : 0;
            unlinked += insideLinks > 0 ? 0 : visible;
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (e == skip || depth > 0 && (text.isChrome(e) || text.isLinkList(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("table") && !HtmlTables.isLayout(e, text)) {
            flush();
            Block.Grid grid = HtmlTables.grid(e, "网页第 " + ++tables + " 个表格", limits, name);
            count(grid.rows().stream().mapToLong(List::size).sum());
            if (!grid.rows().isEmpty()) {
                blocks.add(grid);
            }
            return FilterResult.SKIP_ENTIRELY;
        } else if (PageText.isLink(e) && !PageText.isDocumentLink(e.attr("href"))) {
            insideLinks++;
        } else if (isBlock(tag)) {
            flush();
            level = tag.matches("h[1-6]") ? tag.charAt(1) - '0' : level;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (PageText.isLink(e) && !PageText.isDocumentLink(e.attr("href"))) {
                insideLinks--;
            } else if (isBlock(e.normalName())) {
                flush();
                level = 0;
            }
        }
        return FilterResult.CONTINUE;
    }

    /**
     * Ends the line: a text block unless it is empty, site chrome, or nothing but a link to another page (上一篇, a
     * related article).
     */
    private void flush() {
        String text = lineText(line.toString());
        boolean onlyLinks = linked > 0 && unlinked == 0;
        line.setLength(0);
        linked = 0;
        unlinked = 0;
        if (text.isEmpty() || onlyLinks || SiteChrome.isChromeLine(text)) {
            return;
        }
        count(1);
        blocks.add(new Block.Text(text, level, "网页第 " + ++paragraphs + " 段"));
    }

    /** A line as displayed: source line breaks inside Chinese text dropped, runs of spaces one, non-breaking spaces kept. */
    static String lineText(String raw) {
        String joined = SOURCE_WRAP.matcher(raw).replaceAll("");
        return TextReader.clean(SPACES.matcher(joined).replaceAll(" ")).strip();
    }

    private void count(long more) {
        cells += more;
        limits.requireCells(name, "网页的段落和表格单元格数", cells);
    }
}
