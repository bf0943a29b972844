package org.gongkai.core.rules.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-31: a paragraph of running text ends with its 「。」. Judged only where the paragraph is followed by a new item
 * (「五、实施周期」, 「（五）…」, 「2.」) or ends its part: a paragraph the reading broke at a page's bottom continues on the
 * next line and is no slip, while one followed by a new heading lost its stop — or its words, cut off at the page's edge.
 */
public final class ParagraphEndsWithStop extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    /** How a finished paragraph may end: a stop, a colon that opens a list, closing marks, an ellipsis. */
    private static final Pattern ENDED = Pattern.compile("[。；;！？!?：:…．.）)”」》】]$");
    /** The next paragraph opens a new heading or numbered item. */
    private static final Pattern NEW_ITEM = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．](?!\\d)|第[一二三四五六七八九十]+[部章节])");
    /** Running text, not a title: long enough and with a comma inside. */
    private static final int MIN_LENGTH = 20;

    public ParagraphEndsWithStop() {
        super("R-TXT-31", Severity.WARNING, "说明中的段落以“。”结束（下一段另起标题或本部分结束时，段末无标点为漏句号或文字在页末被截断）",
                "“…按程序落实专项资金拨付”段末没有“。”，下一段另起“五、实施周期”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            List<String> paragraphs = text.lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
            for (int i = 0; i < paragraphs.size(); i++) {
                String paragraph = paragraphs.get(i);
                String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
                // Items of a numbered list (「3.加强综合协调…」 then 「4.认真贯彻…」) may go without a stop, as lists do.
                boolean listItem = NEW_ITEM.matcher(paragraph).find() && next != null && NEW_ITEM.matcher(next).find();
                if (isProse(paragraph) && !listItem && !ENDED.matcher(paragraph).find() && (next == null || NEW_ITEM.matcher(next).find())) {
                    findings.add(finding(Locations.sentence(section, tail(paragraph)), "段末“" + last(paragraph) + "”之后没有“。”，"
                            + (next == null ? "本部分到此结束" : "下一段另起“" + shorten(next) + "”") + "：应补上句号，或补全在页末被截断的文字"));
                }
            }
        });
        return findings;
    }

    private static boolean isProse(String paragraph) {
        return paragraph.length() >= MIN_LENGTH && (paragraph.contains("，") || paragraph.contains("。"));
    }

    private static String tail(String paragraph) {
        return paragraph.length() > 60 ? "…" + paragraph.substring(paragraph.length() - 40) : paragraph;
    }

    private static String last(String paragraph) {
        return paragraph.substring(Math.max(0, paragraph.length() - 8));
    }

    private static String shorten(String next) {
        return next.length() > 16 ? next.substring(0, 16) + "…" : next;
    }
}
