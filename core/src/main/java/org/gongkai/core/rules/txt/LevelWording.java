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
 * R-TXT-30: a unit's budget (单位预算) speaks of 本单位 and 单位预算, a department's of 本部门 and 部门预算: a unit document
 * saying 「本部门」 was written from the department's text and not adapted (and the reverse). The economic classification
 * is called 部门预算支出经济分类 at every level, so that name is not the department speaking.
 */
public final class LevelWording extends BaseRule {

    private static final Pattern DEPARTMENT_WORDS = Pattern.compile("本部门|部门预算(?!支出经济分类|经济分类)");
    private static final Pattern UNIT_WORDS = Pattern.compile("本单位|单位预算(?!单位)");

    public LevelWording() {
        super("R-TXT-30", Severity.WARNING, "单位预算的说明称“本单位”“单位预算”，部门预算的说明称“本部门”“部门预算”，与文件的级次一致",
                "单位预算的说明写作“本部门”，应为“本单位”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.level().isEmpty()) {
            return List.of();
        }
        Disclosure.Level level = disclosure.level().get();
        Pattern other = level == Disclosure.Level.UNIT ? DEPARTMENT_WORDS : UNIT_WORDS;
        String expected = level == Disclosure.Level.UNIT ? "单位" : "部门";
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                Matcher m = other.matcher(sentence);
                if (m.find()) {
                    findings.add(finding(Locations.sentence(section, sentence), level.chinese() + "预算的说明写作“" + m.group()
                            + "”，应为“" + m.group().replace(level == Disclosure.Level.UNIT ? "部门" : "单位", expected) + "”"));
                }
            }
        });
        return findings;
    }
}
