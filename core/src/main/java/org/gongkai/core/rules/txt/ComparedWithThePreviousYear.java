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
 * R-TXT-24: a budget compares itself with the year before — 「2025年预算安排612.40万元，比2025年预算执行数增加…」 names the
 * budget year itself where the previous year was meant (a text carried over from last year's document and half updated).
 */
public final class ComparedWithThePreviousYear extends BaseRule {

    private static final Pattern COMPARED = Pattern.compile(Sentences.COMPARISON + "\\s*(\\d{4})\\s*年[^，。；;]{0,16}?(?:相比|比较|增加|减少|增长|下降|持平|预算|执行)");

    public ComparedWithThePreviousYear() {
        super("R-TXT-24", Severity.ERROR, "预算与上一年度比较，比较年度不得写成预算年度本身",
                "2025 年预算写“比2025年预算执行数增加15.08%”，应为与 2024 年比较");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        int year = disclosure.model().year();
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                Matcher m = COMPARED.matcher(Sentences.fold(sentence));
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) == year) {
                        findings.add(finding(Locations.sentence(section, sentence), year + " 年预算写“" + m.group().strip()
                                + "…”，与本年度自身比较；应为与 " + (year - 1) + " 年比较"));
                        break;
                    }
                }
            }
        });
        return findings;
    }
}
