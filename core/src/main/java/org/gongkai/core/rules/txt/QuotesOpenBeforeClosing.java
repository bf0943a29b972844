package org.gongkai.core.rules.txt;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-33: a closing quote 「”」 closes a quotation opened before it. A stray 「”」 (「预算数为3.52万元”，比…」) with an
 * unclosed 「“」 elsewhere in the part leaves the counts even, so R-TXT-27, which counts, cannot see it: this reads the
 * marks in order. Where the counts differ R-TXT-27 already reports the paragraph.
 */
public final class QuotesOpenBeforeClosing extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public QuotesOpenBeforeClosing() {
        super("R-TXT-33", Severity.WARNING, "说明中的后引号“””之前须有与之配对的前引号“““（多余的后引号）",
                "“预算数为3.52万元”，比2024年预算减少”中的“”“没有对应的前引号");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            if (count(text, '“') != count(text, '”')) {
                return;
            }
            int open = 0;
            for (String line : text.split("\\R")) {
                for (String sentence : Sentences.split(line)) {
                    for (char c : sentence.toCharArray()) {
                        if (c == '“') {
                            open++;
                        } else if (c == '”' && open-- == 0) {
                            open = 0;
                            findings.add(finding(Locations.sentence(section, sentence), "“””之前没有与之配对的“““：多余的后引号应删去，或补上前引号"));
                        }
                    }
                }
            }
        });
        return findings;
    }

    private static long count(String text, char mark) {
        return text.chars().filter(c -> c == mark).count();
    }
}
