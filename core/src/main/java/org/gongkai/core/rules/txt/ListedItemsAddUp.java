package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-32: a total followed by its parts in one sentence (「政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、
 * 政府采购服务预算30.40万元。」) adds up: the parts sum to the total within the rounding the sentence prints. Parts that
 * exceed the total are always a slip; parts that fall short are one only when the shortfall is small (a part left out of
 * the list is not a sum gone wrong), and the list must run to the sentence's end with every part an amount in 万元.
 */
public final class ListedItemsAddUp extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final String AMOUNT = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*万元";
    /** The total: the last amount before 「其中」, ending its clause. */
    private static final Pattern TOTAL = Pattern.compile(AMOUNT + "[，,]?\\s*其中[：:，,]?(.+)$");
    /** One listed part: a label without figures or comparisons, then its amount, and nothing after it. */
    private static final Pattern PART = Pattern.compile("^([^\\d比较增减占同降升（(]{1,40}?)" + AMOUNT + "$");
    /** Between parts: 「、」 or a comma (folded from 「，」) that is no thousands separator, or 「；」. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、;]|,(?!\\d{3}(?:\\D|$))");
    /** A shortfall larger than this share of the total is a part left out, not a slip of the sum. */
    private static final BigDecimal SHORTFALL = new BigDecimal("0.01");

    public ListedItemsAddUp() {
        super("R-TXT-32", Severity.ERROR, "说明中“总数，其中：A x万元、B y万元…”所列各项之和等于所述总数（允许所印小数位的四舍五入）",
                "说明「政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购服务预算30.60万元」各项之和 38.40 万元，与总数 38.20 万元不符");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                problem(sentence).ifPresent(message -> findings.add(finding(Locations.sentence(section, sentence), message)));
            }
        });
        return findings;
    }

    private static Optional<String> problem(String sentence) {
        String folded = Sentences.figuresJoined(sentence).replaceAll("[。.]$", "");
        Matcher total = TOTAL.matcher(folded);
        if (!total.find() || total.group(2).contains("其中")) {
            // A part with parts of its own (「公务用车购置及运行费 55.58 万元，其中：…」) is no flat list.
            return Optional.empty();
        }
        List<BigDecimal> parts = new ArrayList<>();
        int decimals = scale(total.group(1));
        for (String segment : LIST_SEPARATOR.split(total.group(2))) {
            Matcher part = PART.matcher(segment.strip());
            if (!part.matches()) {
                return Optional.empty();
            }
            parts.add(amount(part.group(2)));
            decimals = Math.max(decimals, scale(part.group(2)));
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        BigDecimal whole = amount(total.group(1));
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        // Each printed figure may be off by half its last digit.
        BigDecimal rounding = BigDecimal.ONE.movePointLeft(decimals).multiply(new BigDecimal(parts.size() + 1)).divide(BigDecimal.valueOf(2));
        BigDecimal gap = sum.subtract(whole);
        boolean wrong = gap.compareTo(rounding) > 0
                || gap.negate().compareTo(rounding) > 0 && gap.negate().compareTo(whole.multiply(SHORTFALL)) <= 0;
        return wrong ? Optional.of("所列 " + parts.size() + " 项之和为 " + sum.toPlainString() + " 万元，与所述总数 " + whole.toPlainString()
                + " 万元相差 " + gap.abs().toPlainString() + " 万元：总数或某一项有误") : Optional.empty();
    }

    private static BigDecimal amount(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static int scale(String digits) {
        return Math.max(0, amount(digits).scale());
    }
}
