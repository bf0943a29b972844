package org.gongkai.core.rules.txt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-29: what is published is text, not the markup of the tool it was written in: 「\geq 60%」, 「$\leq$」, 「\%」 or
 * 「&nbsp;」 copied from a formula editor or a web page reach citizens as they are.
 */
public final class NoMarkup extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final Pattern MARKUP = Pattern.compile("\\\\(?:geq|leq|ge|le|times|div|pm|neq|approx|%|frac|mathrm|text)(?![a-zA-Z])|\\$[^$\\n]{1,40}\\$|&(?:nbsp|lt|gt|amp|#\\d+);");

    public NoMarkup() {
        super("R-TXT-29", Severity.ERROR, "说明和绩效指标中不得残留公式或网页排版标记（\\geq、$…$、&nbsp; 等），应写作 ≥、≤ 等符号",
                "指标值“\\geq 60%”含公式标记，应写作“≥60%”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                Matcher m = MARKUP.matcher(sentence);
                if (m.find()) {
                    findings.add(finding(Locations.sentence(section, sentence), "含排版标记“" + m.group() + "”，应写作相应的符号或文字"));
                }
            }
        });
        for (Project project : disclosure.model().projects()) {
            for (Indicator indicator : project.indicators()) {
                for (String text : new String[] {indicator.value(), indicator.description(), indicator.level3()}) {
                    Matcher m = text == null ? null : MARKUP.matcher(text);
                    if (m != null && m.find()) {
                        findings.add(finding(Locations.indicator(project.name(), indicator.level3()),
                                "“" + text + "”含排版标记“" + m.group() + "”，应写作相应的符号（如 ≥、≤）"));
                    }
                }
            }
        }
        return findings;
    }
}
