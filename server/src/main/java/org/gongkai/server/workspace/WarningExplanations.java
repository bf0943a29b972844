package org.gongkai.server.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The department's written explanation of its warnings, one per rule warned about, kept as one text
 * (「〔R-REQ-09〕……」 a line each) so that the API's single explanation stays what it was, and read back per rule where
 * the reviewer reviews: beside each warning. A text not written per rule (the API's, an older one) is shown whole.
 */
record WarningExplanations(Map<String, String> byRule, String general) {

    static final String FIELD = "explain-";
    private static final Pattern LINE = Pattern.compile("^〔([A-Z]+(?:-[A-Z]+)*-\\d+)〕(.*)$");

    /** The per-rule explanations typed in the submit form as one text, or the single text when there were none. */
    static String compose(String text, MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(FIELD) && !values.isEmpty()) {
                typed.put(name.substring(FIELD.length()), values.get(0) == null ? "" : values.get(0).strip());
            }
        });
        if (typed.isEmpty()) {
            return text;
        }
        List<String> missing = typed.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("未提交：请逐类写明警告的原因，还有 " + missing.size() + " 类未说明（" + String.join("、", missing) + "）");
        }
        List<String> lines = new ArrayList<>();
        typed.forEach((rule, why) -> lines.add("〔" + rule + "〕" + why.replaceAll("\\s*\\R\\s*", " ")));
        return String.join("\n", lines);
    }

    static WarningExplanations parse(String text) {
        Map<String, String> byRule = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                Matcher m = LINE.matcher(line.strip());
                if (m.find()) {
                    byRule.merge(m.group(1), m.group(2).strip(), (a, b) -> a + " " + b);
                } else if (!line.isBlank()) {
                    general.add(line.strip());
                }
            }
        }
        return new WarningExplanations(byRule, String.join("\n", general));
    }
}
