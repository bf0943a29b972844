package org.gongkai.io.inspection.bulletin;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.RuleRegistry;

/**
 * What a finding's place should say (应为): what the message itself says it should be («应为 100%», «应说明为本年新增»),
 * else what the rule requires, as the rule catalogue states it.
 */
final class Expected {

    private static final Pattern SHOULD_BE = Pattern.compile("应为[:：]?\\s*([^，。；]+)");
    private static final Pattern SHOULD = Pattern.compile("(?:^|[，。；,])\\s*(应[^，。；]+)");
    private static final Map<String, Rule> RULES = RuleRegistry.all().stream()
            .collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a));

    private Expected() {
    }

    static String of(Finding finding) {
        String message = finding.message() == null ? "" : finding.message();
        Matcher m = SHOULD_BE.matcher(message);
        if (m.find()) {
            return m.group(1).strip();
        }
        m = SHOULD.matcher(message);
        if (m.find()) {
            return m.group(1).strip();
        }
        Rule rule = RULES.get(finding.rule());
        return rule == null ? "" : rule.description();
    }
}
