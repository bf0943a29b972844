package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * An increase as large as the amount itself (「总计307.82万元…增加307.82万元，增长100.00%」) means the year before was
 * 0, from which no growth rate can be computed: the text should say the item is new this year instead.
 */
public final class GrowthFromNothing extends AccountsRule {

    private static final Pattern GROWTH = Pattern.compile("(?:增加|增长|上升)" + Sentences.AMOUNT + "[，,]?(?:增长|上升)" + Sentences.PERCENT);
    private static final Pattern AMOUNT = Pattern.compile(Sentences.AMOUNT);

    public GrowthFromNothing() {
        super("R-ACC-08", Severity.WARNING,
                "增加额等于本年数（上年为0）时不得给出增长率，应说明为本年新增",
                "说明「与2023年度相比，收入支出总计增加307.82万元，增长100.00%」上年为 0（本年 307.82 万元即增加额），增长率无从计算");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        List<Sentences.Sentence> sentences = Sentences.of(disclosure);
        for (int i = 0; i < sentences.size(); i++) {
            Sentences.Sentence sentence = sentences.get(i);
            Matcher growth = GROWTH.matcher(sentence.text());
            if (!growth.find()) {
                continue;
            }
            BigDecimal increase = Sentences.number(growth.group(1));
            // This year's amount: the first stated before the increase, in this sentence or the one before it.
            Matcher current = AMOUNT.matcher(sentence.text().substring(0, growth.start()));
            BigDecimal thisYear = current.find() ? Sentences.number(current.group(1)) : null;
            if (thisYear == null && i > 0 && sentences.get(i - 1).section() == sentence.section()) {
                Matcher previous = AMOUNT.matcher(sentences.get(i - 1).text());
                thisYear = previous.find() ? Sentences.number(previous.group(1)) : null;
            }
            if (thisYear != null && increase.signum() > 0 && same(thisYear, increase)) {
                findings.add(finding(sentence.where(), "上年为 0（本年 " + money(thisYear) + " 万元即增加额），增长"
                        + growth.group(2) + "% 无从计算，应说明为本年新增"));
            }
        }
        return findings;
    }
}
