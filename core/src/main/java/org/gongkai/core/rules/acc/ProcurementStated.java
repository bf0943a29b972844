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
 * The procurement the text reports adds up: 货物, 工程 and 服务 make the total, and what small and medium enterprises
 * won — in the projects reserved for them and in the others, or 授予中小企业合同金额 — is at most the total. What
 * 小微企业 won is a part of it and is not added.
 */
public final class ProcurementStated extends AccountsRule {

    private static final Pattern TOTAL = Pattern.compile("政府采购(?:支出)?(?:总额|金额|总金额)(?:[（(][^）)]*[）)])?(?:为|是|共计)?" + Sentences.AMOUNT);
    private static final Pattern PART = Pattern.compile("(货物|工程|服务)(?:采购)?(?:支出|金额)?(?:为)?" + Sentences.AMOUNT);
    private static final Pattern SME_WON = Pattern.compile("由中小企业(?:供应商)?中标或成交的[，,]?(?:采购金额|合同金额)?(?:为)?" + Sentences.AMOUNT);
    private static final Pattern SME_AWARDED = Pattern.compile("授予中小企业合同(?:金额)?(?:为)?" + Sentences.AMOUNT);

    public ProcurementStated() {
        super("R-ACC-09", Severity.ERROR,
                "说明中的政府采购：货物、工程、服务采购金额之和＝政府采购金额；中小企业中标成交（预留项目与其他项目之和）不超过政府采购金额",
                "说明「…由中小企业供应商中标或成交的，采购金额21.07万元」中小企业中标成交合计 42.14 万元（预留项目 21.07 ＋ 其他项目 21.07），超过政府采购金额 21.07 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Sentences.Sentence> sentences = Sentences.of(disclosure);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Matcher total = TOTAL.matcher(sentences.get(i).text());
            if (total.find()) {
                BigDecimal amount = Sentences.number(total.group(1));
                parts(sentences.get(i), sentences.get(i).text().substring(total.end()), amount, findings);
                smallAndMedium(sentences, i, amount, findings);
            }
        }
        return findings;
    }

    /** 货物, 工程 and 服务, stated after the total in its sentence, add up to it. */
    private void parts(Sentences.Sentence sentence, String after, BigDecimal total, List<Finding> findings) {
        Matcher part = PART.matcher(after);
        BigDecimal parts = BigDecimal.ZERO;
        int count = 0;
        while (part.find()) {
            parts = parts.add(Sentences.number(part.group(2)));
            count++;
        }
        if (count >= 2 && !same(parts, total)) {
            findings.add(finding(sentence.where(), "货物、工程、服务采购金额之和为 " + money(parts) + " 万元，但政府采购金额为 "
                    + money(total) + " 万元"));
        }
    }

    /** What small and medium enterprises won, stated after the total and before the next one, is at most the total. */
    private void smallAndMedium(List<Sentences.Sentence> sentences, int from, BigDecimal total, List<Finding> findings) {
        BigDecimal won = BigDecimal.ZERO;
        Sentences.Sentence last = null;
        List<String> pieces = new ArrayList<>();
        for (int j = from; j < sentences.size() && (j == from || !TOTAL.matcher(sentences.get(j).text()).find()); j++) {
            for (Pattern pattern : List.of(SME_WON, SME_AWARDED)) {
                Matcher m = pattern.matcher(sentences.get(j).text());
                while (m.find()) {
                    won = won.add(Sentences.number(m.group(1)));
                    pieces.add(m.group(1));
                    last = sentences.get(j);
                }
            }
        }
        if (last != null && won.compareTo(total) > 0) {
            findings.add(finding(last.where(), "中小企业中标成交合计 " + money(won) + " 万元（" + String.join(" ＋ ", pieces)
                    + "），超过政府采购金额 " + money(total) + " 万元"));
        }
    }
}
