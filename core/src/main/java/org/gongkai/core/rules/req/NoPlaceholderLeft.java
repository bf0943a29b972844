package org.gongkai.core.rules.req;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.gongkai.core.narrative.Placeholders;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-REQ-05: no drafted placeholder ("【待填写：…】", "XX万元") or template instruction is left in the explanation or a table's note. */
public final class NoPlaceholderLeft extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public NoPlaceholderLeft() {
        super("R-REQ-05", Severity.ERROR, "情况说明中不得保留待填写的占位文字", "说明中仍有待填写内容“【待填写：”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            if (!Placeholders.ANY.matcher(text).find()) {
                return;
            }
            for (String sentence : Sentences.split(text)) {
                Matcher m = Placeholders.ANY.matcher(sentence);
                if (m.find()) {
                    findings.add(finding(Locations.sentence(section, sentence), "说明中仍有待填写内容“" + m.group() + "”"));
                }
            }
        });
        // The tables' notes too: 「注：“科目编码”和“科目名称”为必填项」 is the template speaking to whoever fills it in.
        java.util.Arrays.stream(org.gongkai.core.tables.StandardTable.values()).flatMap(kind -> disclosure.table(kind).stream())
                .filter(t -> t.note() != null).forEach(t -> {
                    Matcher m = Placeholders.ANY.matcher(t.note());
                    if (m.find()) {
                        findings.add(finding(Locations.table(t) + "的注", "表注中仍有模板文字“" + m.group() + "”：「" + t.note().strip() + "」"));
                    }
                });
        return findings;
    }
}
