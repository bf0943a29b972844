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

/** R-TXT-25: no doubled punctuation left by editing (「。。」「，，」「；；」「、、」). */
public final class DoubledPunctuation extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final Pattern DOUBLED = Pattern.compile("。。|，，|；；|、、|：：");

    public DoubledPunctuation() {
        super("R-TXT-25", Severity.WARNING, "说明中无重复的标点（编辑遗留的“。。”“，，”等）", "“主要原因是项目调整。。”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String line : text.split("\\R")) {
                Matcher m = DOUBLED.matcher(line.replaceAll("\\s+", ""));
                if (m.find()) {
                    String sentence = Sentences.split(line).stream().findFirst().orElse(line);
                    findings.add(finding(Locations.sentence(section, sentence), "重复的标点“" + m.group() + "”"));
                }
            }
        });
        return findings;
    }
}
