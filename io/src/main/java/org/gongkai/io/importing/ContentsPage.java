package org.gongkai.io.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A contents page printed as plain lines, without leaders or page numbers (「目 录」 then 「一、收入支出决算总表」 …): its
 * entries read like the titles and headings they list, and a line that ran two entries together reads like nothing.
 * The listing ends where its first entry is met again as the document's own heading, or at the first table or
 * sentence.
 */
final class ContentsPage {

    private ContentsPage() {
    }

    /** The blocks without the contents page's lines. */
    static List<Block> without(List<Block> blocks) {
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (blocks.get(i) instanceof Block.Text text && Titles.plain(text.text()).equals("目录")) {
                start = i;
            }
        }
        if (start < 0 || start + 1 >= blocks.size() || !(blocks.get(start + 1) instanceof Block.Text firstEntry)) {
            return blocks;
        }
        String first = Titles.plain(firstEntry.text());
        int end = start + 2;
        while (end < blocks.size() && blocks.get(end) instanceof Block.Text line && !Titles.plain(line.text()).equals(first)
                && !line.text().contains("。")) {
            end++;
        }
        List<Block> kept = new ArrayList<>(blocks.subList(0, start));
        kept.addAll(blocks.subList(end, blocks.size()));
        return kept;
    }
}
