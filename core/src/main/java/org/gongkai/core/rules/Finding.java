package org.gongkai.core.rules;

/** One failed check: which rule, how bad, what is wrong (in Chinese, quoting the figures) and where. */
public record Finding(String rule, Severity severity, String message, String location) {

    @Override
    public String toString() {
        return "[" + rule + "] " + severity.chinese() + " " + location + "：" + message;
    }
}
