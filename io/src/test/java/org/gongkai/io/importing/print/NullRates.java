package org.gongkai.io.importing.print;

import java.util.Map;
import java.util.TreeMap;

/**
 * How often each print leaves a headline figure unread, kept over a whole run: by variant ("UNIT=元"), the cases that
 * printed it, the files refused whole (an {@code ImportException} saying why), the share of figures not read in the
 * files that were read, and the figures read wrong (none, or the run fails).
 */
final class NullRates {

    private final Map<String, int[]> byVariant = new TreeMap<>();
    private final Map<String, int[]> byField = new TreeMap<>();
    private int cases;
    private long millis;

    synchronized void add(Print print, Verdict verdict, boolean refused, long elapsedMillis) {
        cases++;
        millis += elapsedMillis;
        for (String label : print.labels()) {
            int[] counts = byVariant.computeIfAbsent(label, k -> new int[4]);
            counts[0]++;
            counts[1] += refused ? 1 : 0;
            counts[2] += refused ? 0 : verdict.unread().size();
            counts[3] += verdict.wrong().size();
        }
        for (String field : Verdict.FIELDS) {
            int[] counts = byField.computeIfAbsent(field, k -> new int[2]);
            counts[0] += refused ? 0 : 1;
            counts[1] += !refused && verdict.unread().contains(field) ? 1 : 0;
        }
    }

    synchronized String report(String title) {
        StringBuilder report = new StringBuilder(String.format("%s: %d cases in %.1f s%n", title, cases, millis / 1000.0));
        int fields = Verdict.FIELDS.size();
        byVariant.forEach((label, c) -> report.append(String.format("  %-48s %5d cases  %4d refused  %5.1f%% of figures not read  %d wrong%n",
                label, c[0], c[1], c[0] == c[1] ? 0.0 : 100.0 * c[2] / ((c[0] - c[1]) * fields), c[3])));
        byField.forEach((field, c) -> report.append(String.format("  %-36s not read in %5.1f%% of the files read%n", field,
                c[0] == 0 ? 0.0 : 100.0 * c[1] / c[0])));
        return report.toString();
    }
}
