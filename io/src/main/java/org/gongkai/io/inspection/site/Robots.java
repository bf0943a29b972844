package org.gongkai.io.inspection.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a site's robots.txt forbids this fetcher: the Disallow (and Allow) lines of the group for "gongkai" or, failing
 * that, for "*"; the longest matching rule wins, as the robots exclusion standard (RFC 9309) says. No robots.txt
 * forbids nothing.
 */
record Robots(List<String> allow, List<String> disallow) {

    static final String AGENT = "gongkai";

    static Robots none() {
        return new Robots(List.of(), List.of());
    }

    static Robots parse(String text) {
        Robots ours = group(text, AGENT);
        return ours != null ? ours : java.util.Objects.requireNonNullElse(group(text, "*"), none());
    }

    /** The rules of the group(s) naming {@code agent}, or null when no group names it. */
    private static Robots group(String text, String agent) {
        List<String> allow = new ArrayList<>();
        List<String> disallow = new ArrayList<>();
        boolean inGroup = false;
        boolean found = false;
        boolean lastWasAgent = false;
        for (String raw : text.split("\\r?\\n|\\r")) {
            String line = raw.replaceAll("#.*$", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                boolean names = value.equals("*") ? agent.equals("*") : value.toLowerCase(Locale.ROOT).contains(agent) && !agent.equals("*");
                inGroup = lastWasAgent ? inGroup || names : names;
                found |= names;
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (inGroup && field.equals("disallow") && !value.isEmpty()) {
                disallow.add(value);
            } else if (inGroup && field.equals("allow") && !value.isEmpty()) {
                allow.add(value);
            }
        }
        return found ? new Robots(List.copyOf(allow), List.copyOf(disallow)) : null;
    }

    boolean allows(String path) {
        int denied = longest(disallow, path);
        return denied < 0 || longest(allow, path) >= denied;
    }

    private static int longest(List<String> rules, String path) {
        int best = -1;
        for (String rule : rules) {
            String prefix = rule.endsWith("$") ? rule.substring(0, rule.length() - 1) : rule;
            boolean matches = rule.endsWith("$") ? path.equals(prefix) : path.startsWith(prefix.replace("*", ""));
            if (matches && prefix.length() > best) {
                best = prefix.length();
            }
        }
        return best;
    }
}
