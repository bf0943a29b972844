package org.gongkai.io.importing.recognise;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Titles;

/**
 * A contents page printed as plain lines, without leaders or page numbers (「目 录」 then 「一、收入支出决算总表」 …): its
 * entries read like the titles and headings they list, and a line that ran two entries together reads like nothing.
 * The listing ends where its first entry is met again as the document's own heading; a 「目录」 whose first entry is
 * never met again lists nothing of its own (its lines are the document) and only that line is dropped.
 */
public final class ContentsPage {

    private ContentsPage() {
    }

    /** The blocks without the contents page's lines. */
    public static List<Block> without(List<Block> blocks) {
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (blocks.get(i) instanceof Block.Text text && Titles.plain(text.text()).equals("目录")) {
                start = i;
            }
        }
        if (start < 0 || start + 1 >= blocks.size() || !(blocks.get(start + 1) instanceof Block.Text firstEntry)) {
            return blocks;
        }
        String first = entry(firstEntry.text());
        int end = start + 2;
        while (end < blocks.size() && blocks.get(end) instanceof Block.Text line && !entry(line.text()).equals(first)
                && !line.text().contains("。")) {
            end++;
        }
        // A listing is known by its first entry met again as the document's heading. Without that, the lines after 「目录」
        // are the document itself (a Word contents field left empty): only the 「目录」 line goes.
        boolean listed = end < blocks.size() && blocks.get(end) instanceof Block.Text line && entry(line.text()).equals(first);
        List<Block> kept = new ArrayList<>(blocks.subList(0, start));
        kept.addAll(blocks.subList(listed ? end : start + 1, blocks.size()));
        return kept;
    }

    /**
     * Whether the document's lines list a disclosure's parts — at least three of them are entries of a contents page,
     * titles of its tables or headings of its explanation — with nothing under them: a site's first page of a package,
     * or a file of its cover and contents only.
     */
    public static boolean listsParts(List<Block> blocks, DisclosureKind kind) {
        long entries = blocks.stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text())
                .filter(t -> Titles.isTocEntry(t) || Titles.layout(t, kind).isPresent() || Titles.section(t, kind).isPresent()).count();
        return entries >= LISTED_PARTS;
    }

    private static final int LISTED_PARTS = 3;

    /** A line as a contents entry: without the dot leaders and page number a printed contents page adds to it. */
    private static String entry(String text) {
        return LEADERS.matcher(Titles.plain(text)).replaceFirst("");
    }

    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile("[.．。…·⋯\\-—_\\s]*\\d*$");
}
