package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * A share the text states of the whole it opens with — 「本年支出合计307.82万元，其中：基本支出105.58万元，占34.30%」 — is
 * the part over the whole, rounded as printed. Shares forced to add up to 100.00% (one of them rounded the wrong way)
 * are found here.
 */
public final class SharesStated extends AccountsRule {

    private static final Pattern PART = Pattern.compile(Sentences.AMOUNT + "[，,]?占(?:比)?" + Sentences.PERCENT);
    private static final Pattern FIRST = Pattern.compile(Sentences.AMOUNT);
    private static final Pattern SHARE_AFTER = Pattern.compile("[，,]?占");

    public SharesStated() {
        super("R-ACC-17", Severity.WARNING,
                "说明中“A万元，占P%”的占比＝A÷句首所述总数，按所印小数位四舍五入",
                "说明「…住房保障支出（类）29.42万元，占9.55%」29.42÷307.82＝9.56%，说明为 9.55%");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.toFullStops(disclosure)) {
            Matcher first = FIRST.matcher(sentence.text());
            Matcher part = PART.matcher(sentence.text());
            // The sentence must open with its whole, which is not itself a share, before the first share.
            if (!first.find() || SHARE_AFTER.matcher(sentence.text().substring(first.end())).lookingAt() || !part.find(first.end())) {
                continue;
            }
            BigDecimal whole = Sentences.number(first.group(1));
            if (whole.signum() <= 0) {
                continue;
            }
            do {
                BigDecimal amount = Sentences.number(part.group(1));
                BigDecimal stated = new BigDecimal(part.group(2));
                BigDecimal share = amount.multiply(BigDecimal.valueOf(100)).divide(whole, Math.max(0, stated.scale()), RoundingMode.HALF_UP);
                if (share.compareTo(stated) != 0) {
                    findings.add(finding(sentence.where(), money(amount) + "÷" + money(whole) + "＝" + share.toPlainString()
                            + "%，说明为 " + stated.toPlainString() + "%"));
                }
            } while (part.find());
        }
        return findings;
    }
}
