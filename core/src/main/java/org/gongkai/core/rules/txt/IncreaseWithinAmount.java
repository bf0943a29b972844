package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
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
 * R-TXT-28: an amount cannot have grown by more than itself: 「政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元」
 * leaves last year negative — one of the two figures is wrong (often a sentence copied from another item).
 */
public final class IncreaseWithinAmount extends BaseRule {

    private static final Pattern GROWN = Pattern.compile(ChangePercentStated.AMOUNT
            + "[，,]?\\s*(?:与|比|较)[^，,。；;%]{0,20}?(?:相比)?[，,]?\\s*(?:增加|增长|上升)了?\\s*" + ChangePercentStated.AMOUNT);

    public IncreaseWithinAmount() {
        super("R-TXT-28", Severity.ERROR, "说明中的增加额不大于本年金额（否则上年为负数）",
                "说明称 0 万元比上年增加 1421.25 万元，上年将为负数");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                Matcher m = GROWN.matcher(Sentences.figuresJoined(sentence));
                while (m.find()) {
                    BigDecimal amount = new BigDecimal(m.group(1).replace(",", ""));
                    BigDecimal increase = new BigDecimal(m.group(2).replace(",", ""));
                    if (increase.compareTo(amount) > 0) {
                        findings.add(finding(Locations.sentence(section, sentence), "说明称 " + amount.toPlainString()
                                + " 万元比上年增加 " + increase.toPlainString() + " 万元，上年将为 "
                                + amount.subtract(increase).toPlainString() + " 万元（负数），两数必有一误"));
                    }
                }
            }
        });
        return findings;
    }
}
