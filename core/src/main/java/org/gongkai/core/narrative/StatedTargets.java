package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What 预算绩效信息 says of the projects that set targets: how many (「编报绩效目标的项目共25个」, 「共 0 个项目实行绩效
 * 目标管理」) and how much money they cover (「涉及项目预算资金11381.60万元」), or that the tables are published elsewhere.
 */
public record StatedTargets(OptionalInt count, Optional<BigDecimal> amount, boolean elsewhere) {

    private static final Pattern COUNT = Pattern.compile("(?:(?:编报|设置|填报|编制|申报)(?:了)?(?:项目)?绩效目标的项目(?:共|共计|合计|为)?\\s*(\\d+)\\s*个"
            + "|(\\d+)\\s*个项目(?:实行|开展|编报|设置|纳入)(?:了)?(?:预算)?绩效目标)");
    private static final Pattern AMOUNT = Pattern.compile("涉及(?:项目)?(?:预算)?(?:资金|财政性资金)(?:合计|共计)?\\s*(\\d+(?:\\.\\d+)?)\\s*万元");
    private static final Pattern ELSEWHERE = Pattern.compile("绩效目标(?:表|申报表|填报表)?[^。]{0,12}(?:详见|见附件|另行公开|单独公开)");

    public static StatedTargets of(String performanceText) {
        if (performanceText == null) {
            return new StatedTargets(OptionalInt.empty(), Optional.empty(), false);
        }
        String text = Sentences.figuresJoined(performanceText);
        Matcher count = COUNT.matcher(text);
        OptionalInt stated = count.find() ? OptionalInt.of(Integer.parseInt(count.group(1) != null ? count.group(1) : count.group(2)))
                : OptionalInt.empty();
        Matcher amount = AMOUNT.matcher(text);
        return new StatedTargets(stated, amount.find() ? Optional.of(new BigDecimal(amount.group(1))) : Optional.empty(),
                ELSEWHERE.matcher(text).find());
    }
}
