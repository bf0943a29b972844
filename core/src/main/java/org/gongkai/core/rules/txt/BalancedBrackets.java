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
 * R-TXT-27: brackets and quotation marks close in the sentence that opens them, with their own kind: a full-width
 * 「（」 closed by a half-width 「)」, or a 「“」 never closed, is an editing slip readers see.
 */
public final class BalancedBrackets extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final String[][] PAIRS = {{"（", "）"}, {"(", ")"}, {"“", "”"}, {"《", "》"}, {"【", "】"}};

    public BalancedBrackets() {
        super("R-TXT-27", Severity.WARNING, "说明中的括号、引号、书名号成对出现，且全角、半角一致", "“（项）)”中的全角括号没有闭合");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            // Decided over the whole section (a quotation or a bracket may run over a line the reading broke), shown
            // once per paragraph where marks do not pair (a full-width 「（」 closed by a half-width 「)」 is one slip).
            List<String[]> unpaired = java.util.Arrays.stream(PAIRS).filter(pair -> count(text, pair[0]) != count(text, pair[1])).toList();
            for (String line : unpaired.isEmpty() ? new String[0] : text.split("\\R")) {
                List<String[]> here = unpaired.stream().filter(pair -> count(line, pair[0]) != count(line, pair[1])).toList();
                if (here.isEmpty()) {
                    continue;
                }
                String sentence = Sentences.split(line).stream()
                        .filter(x -> here.stream().anyMatch(pair -> count(x, pair[0]) != count(x, pair[1]))).findFirst().orElse(line);
                findings.add(finding(Locations.sentence(section, sentence), String.join("；", here.stream().map(pair -> "“" + pair[0]
                        + "”与“" + pair[1] + "”不成对（本段 " + pair[0] + " " + count(line, pair[0]) + " 个，" + pair[1] + " "
                        + count(line, pair[1]) + " 个）").toList())));
            }
        });
        return findings;
    }

    private static int count(String text, String mark) {
        return text.length() - text.replace(mark, "").length();
    }
}
