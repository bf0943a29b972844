package org.gongkai.io.exporting;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as a reader sees it printed: what a formula editor or a web page left in it (「\leq 3天」, 「$\geq 90\%$」,
 * 「&nbsp;」) becomes the symbol it stands for, so a citizen never reads markup. The rules still report the markup in
 * the model (R-TXT-29): this only keeps it off the page.
 */
final class PrintedText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("geq", "≥"), Map.entry("ge", "≥"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("times", "×"), Map.entry("div", "÷"), Map.entry("pm", "±"),
            Map.entry("neq", "≠"), Map.entry("approx", "≈"), Map.entry("%", "%"));
    private static final Pattern COMMAND = Pattern.compile("\\\\(geq|leq|ge|le|times|div|pm|neq|approx|%)(?![a-zA-Z])\\s*");
    private static final Pattern WRAPPED = Pattern.compile("\\\\(?:mathrm|text)\\{([^}]*)}");
    private static final Pattern FRACTION = Pattern.compile("\\\\frac\\{([^}]*)}\\{([^}]*)}");
    /** An inline formula 「$…$」 holding a command: its delimiters go. */
    private static final Pattern INLINE = Pattern.compile("\\$([^$\\n]{1,60}?)\\$");
    private static final Map<String, String> ENTITIES = Map.of("&nbsp;", " ", "&lt;", "<", "&gt;", ">", "&amp;", "&");

    private PrintedText() {
    }

    static String of(String text) {
        if (text == null || text.indexOf('\\') < 0 && text.indexOf('$') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        String out = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).contains("\\") ? m.group(1).strip() : m.group()));
        out = FRACTION.matcher(out).replaceAll("$1/$2");
        out = WRAPPED.matcher(out).replaceAll("$1");
        out = COMMAND.matcher(out).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.get(m.group(1))));
        for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
            out = out.replace(entity.getKey(), entity.getValue());
        }
        // What stood between the markup and the punctuation after it was the formula's own spacing.
        return out.equals(text) ? text : out.replaceAll("\\s+(?=[。，；：、）])", "");
    }
}
