package org.gongkai.io.inspection.bulletin;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.rules.Finding;

/**
 * Finds a finding's place in its document from the location the rule wrote: a quoted sentence of the explanation, a
 * row of a table (after the table's title, the nearest printing of the row's code and name), a project's indicator.
 * A place found nowhere, or in more than one place without a title to choose by, is left unknown: the finding goes to
 * the note list, never onto a guessed page.
 */
final class Locator {

    private static final Pattern PROJECT = Pattern.compile("^项目《(.+?)》(?:\\s*指标「(.+?)(…)?」)?");
    private static final Pattern TABLE = Pattern.compile("^表[^《]*《(.+?)》(?:\\s*第\\d+行(?:左栏|右栏)?（(.+?)）)?");
    private static final Pattern EXPLANATION = Pattern.compile("^说明(?:·([^「]+))?(?:「(.+?)(…)?」)?");
    /** A quote long enough to be told apart, short enough to survive the reader's rewrapping. */
    private static final int NEEDLE = 24;
    /** A table row is looked for this far (in characters) after its table's title. */
    private static final int TABLE_REACH = 12_000;
    private static final int QUOTE = 160;

    private final DocumentText text;
    private final Flat flat;

    Locator(DocumentText text) {
        this.text = text;
        this.flat = new Flat(text);
    }

    Optional<Spot> locate(Finding finding) {
        String location = finding.location() == null ? "" : finding.location().strip();
        Matcher m;
        if ((m = PROJECT.matcher(location)).find()) {
            return project(m.group(1), m.group(2));
        }
        if ((m = TABLE.matcher(location)).find()) {
            return row(m.group(1), m.group(2));
        }
        if ((m = EXPLANATION.matcher(location)).find() && (m.group(1) != null || m.group(2) != null)) {
            return m.group(2) != null ? sentence(m.group(2), m.group(3) != null) : heading(m.group(1).strip());
        }
        return Optional.empty();
    }

    private Optional<Spot> sentence(String sentence, boolean cut) {
        String needle = needle(sentence);
        int at = flat.find(needle, 0);
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + needle.length();
        if (cut || needle.length() < Flat.squeeze(sentence).length()) {
            end = sentenceEnd(at, Flat.squeeze(sentence).length());
        }
        return Optional.of(spot(at, end, flat.original(at, end)));
    }

    /** The end of the sentence starting at {@code at}: its 。 or ；, at most the quote's length on. */
    private int sentenceEnd(int at, int atLeast) {
        int end = Math.min(flat.length(), at + atLeast);
        while (end < flat.length() && end - at < QUOTE && "。；;".indexOf(flat.at(end - 1)) < 0) {
            end++;
        }
        return end;
    }

    /** A table row: after each printing of the title, the nearest row label; the title nearest its row wins. */
    private Optional<Spot> row(String title, String label) {
        List<Integer> titles = flat.all(Flat.squeeze(title));
        if (titles.isEmpty()) {
            titles = Titles.printed(text, flat, Flat.squeeze(title));
        }
        if (label == null) {
            return titles.isEmpty() ? Optional.empty() : Optional.of(wholeLine(titles.get(titles.size() - 1)));
        }
        for (String needle : labels(label)) {
            int best = -1;
            int nearest = TABLE_REACH;
            for (int t : titles) {
                int at = rowAt(needle, t + 1);
                if (at >= 0 && at - t < nearest) {
                    nearest = at - t;
                    best = at;
                }
            }
            if (best >= 0) {
                return Optional.of(wholeLine(best));
            }
            List<Integer> anywhere = flat.all(needle);
            if (titles.isEmpty() && anywhere.size() == 1) {
                return Optional.of(wholeLine(anywhere.get(0)));
            }
        }
        return Optional.empty();
    }

    /** The next printing of a row label on a line that carries figures after it (not a header naming 合计). */
    private int rowAt(String needle, int from) {
        for (int at = flat.find(needle, from); at >= 0; at = flat.find(needle, at + 1)) {
            int end = flat.lineSpan(at)[1];
            for (int i = at + needle.length(); i < end; i++) {
                if (Character.isDigit(flat.at(i))) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** The row's code and name as printed together, then its name alone (a code printed in another column). */
    private static List<String> labels(String label) {
        String whole = Flat.squeeze(label);
        String name = label.contains(" ") ? Flat.squeeze(label.substring(label.indexOf(' ') + 1)) : "";
        return name.length() >= 2 && !name.equals(whole) ? List.of(whole, name) : List.of(whole);
    }

    private Optional<Spot> project(String project, String indicator) {
        List<Integer> named = flat.all(Flat.squeeze(project));
        if (indicator == null) {
            return named.isEmpty() ? Optional.empty() : Optional.of(wholeLine(named.get(named.size() - 1)));
        }
        String needle = needle(indicator);
        for (int p = named.size() - 1; p >= 0; p--) {
            int at = flat.find(needle, named.get(p));
            if (at >= 0 && at - named.get(p) < TABLE_REACH) {
                return Optional.of(wholeLine(at));
            }
        }
        List<Integer> anywhere = flat.all(needle);
        return anywhere.size() == 1 ? Optional.of(wholeLine(anywhere.get(0))) : Optional.empty();
    }

    /** A section heading: the first short line naming it that is not on a contents page (目录). */
    private Optional<Spot> heading(String section) {
        String needle = Flat.squeeze(section);
        java.util.Set<Integer> contents = new java.util.HashSet<>();
        text.lines().stream().filter(l -> Flat.squeeze(l.text()).startsWith("目录") && l.page() > 0).forEach(l -> contents.add(l.page()));
        return flat.all(needle).stream().filter(at -> {
            int[] span = flat.lineSpan(at);
            return span[1] - span[0] <= needle.length() + 12 && !contents.contains(flat.line(at).page());
        }).findFirst().map(this::wholeLine);
    }

    private Spot wholeLine(int at) {
        int[] span = flat.lineSpan(at);
        return spot(span[0], span[1], flat.line(at).text().strip().replaceAll("\\s+", " "));
    }

    private Spot spot(int start, int end, String quote) {
        DocumentText.Line line = flat.line(start);
        String shown = quote.length() > QUOTE ? quote.substring(0, QUOTE) + "…" : quote;
        return new Spot(line.page(), line.where(), shown, flat.boxes(start, end));
    }

    private static String needle(String quote) {
        String squeezed = Flat.squeeze(quote.endsWith("…") ? quote.substring(0, quote.length() - 1) : quote);
        return squeezed.length() > NEEDLE ? squeezed.substring(0, NEEDLE) : squeezed;
    }
}
