package org.gongkai.core.rules.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-UNIT-04: in the money sections, a stated amount or change carries its unit ("减少0.48的主要原因" lacks 万元). */
public final class AmountWithoutUnit extends BaseRule {

    private static final Set<NarrativeSection> MONEY_SECTIONS = Set.of(NarrativeSection.OVERVIEW,
            NarrativeSection.OPERATING_COST, NarrativeSection.THREE_PUBLIC, NarrativeSection.PROCUREMENT);
    private static final Pattern BARE = Pattern.compile(
            "(增加|减少|增长|下降|节约|压减|共计|合计|安排|预算为|经费为|支出为|收入为)\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d.,])\\s*+(?![万元亿%％个人次辆台项年月日天倍户份件所名批场套张本部间平方米公里吨座栋])");

    public AmountWithoutUnit() {
        super("R-UNIT-04", Severity.ERROR, "说明中的金额及增减额须写明单位（万元）", "“减少0.48”没有写明单位，应为“减少0.48万元”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            if (!MONEY_SECTIONS.contains(section)) {
                return;
            }
            for (String sentence : Sentences.split(text)) {
                Matcher m = BARE.matcher(Sentences.fold(sentence));
                while (m.find()) {
                    findings.add(finding(Locations.sentence(section, sentence), "“" + m.group(1) + m.group(2)
                            + "”没有写明单位，应为“" + m.group(1) + m.group(2) + "万元”"));
                }
            }
        });
        return findings;
    }
}
