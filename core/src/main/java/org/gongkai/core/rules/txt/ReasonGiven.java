package org.gongkai.core.rules.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-26: a sentence that announces a reason gives one (「主要原因是。」「原因是……」 is a template left unfilled). A
 * reason announced with a colon and given in the lines below (「主要原因是：\n一是…」) is given.
 */
public final class ReasonGiven extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final Pattern EMPTY = Pattern.compile("原因(?:是|为|在于|主要是|主要有)?[：:]?\\s*(?:[。；;]|…{1,2}|\\.{3,6})");

    public ReasonGiven() {
        super("R-TXT-26", Severity.ERROR, "说明增减原因的句子须写明原因", "“主要原因是。”没有写明原因");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            Matcher m = EMPTY.matcher(text);
            while (m.find()) {
                String sentence = sentenceAt(text, m.start());
                findings.add(finding(Locations.sentence(section, sentence), "“" + m.group().strip() + "”没有写明原因"));
            }
        });
        return findings;
    }

    /** The sentence the match starts in, with the punctuation that ended it. */
    private static String sentenceAt(String text, int at) {
        int start = at;
        while (start > 0 && "。；;\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = Math.min(text.length(), text.indexOf("原因", at) + 8);
        return Sentences.split(text.substring(start, end)).stream().findFirst().orElse(text.substring(start, end)) + "。";
    }
}
