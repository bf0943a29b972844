package org.gongkai.core.rules.acc;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * The explanation of final accounts covers what every 决算 must explain: the overall income and expenditure, fiscal
 * spending, "三公", 机关运行经费, government procurement, state assets and performance.
 */
public final class RequiredAccountsSections extends AccountsRule {

    /** Each topic with the words any of which shows it is explained. */
    private static final List<String[]> TOPICS = List.of(
            new String[] {"收入支出决算总体情况", "收入支出总计", "收入、支出总计", "收入支出决算", "收支总计", "收支决算", "总体情况"},
            new String[] {"财政拨款支出决算情况", "财政拨款支出"},
            new String[] {"“三公”经费", "三公"},
            new String[] {"机关运行经费", "机关运行经费"},
            new String[] {"政府采购", "政府采购"},
            new String[] {"国有资产占有使用情况", "国有资产", "车辆", "资产总额"},
            new String[] {"绩效", "绩效"});

    public RequiredAccountsSections() {
        super("R-ACC-14", Severity.WARNING,
                "部门决算情况说明应包括：收入支出决算总体情况、财政拨款支出决算情况、“三公”经费、机关运行经费、政府采购、国有资产占有使用、绩效",
                "情况说明中未见“机关运行经费”的说明");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (!disclosure.contents().hasWholeExplanation()) {
            return List.of();
        }
        // No explanation at all is every topic missing, each said.
        String text = String.join("", Sentences.of(disclosure).stream().map(Sentences.Sentence::text).toList());
        List<Finding> findings = new ArrayList<>();
        for (String[] topic : TOPICS) {
            boolean present = false;
            for (int i = 1; i < topic.length; i++) {
                present |= text.contains(topic[i]);
            }
            if (!present) {
                findings.add(finding("情况说明", "情况说明中未见“" + topic[0] + "”的说明"));
            }
        }
        return findings;
    }
}
