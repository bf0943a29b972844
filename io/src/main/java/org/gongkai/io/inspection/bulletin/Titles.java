package org.gongkai.io.inspection.bulletin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a table is printed when its standard title (部门预算支出总表) is not printed as such (2026 年度支出预算总表):
 * the short lines that name a table and share the most character pairs with the standard title.
 */
final class Titles {

    /** Below this likeness (Dice over character pairs) a line is not taken for the table's title. */
    private static final double LEAST = 0.5;

    private Titles() {
    }

    static List<Integer> printed(DocumentText text, Flat flat, String title) {
        Set<String> wanted = pairs(title.replaceFirst("^(部门|单位)", ""));
        double best = LEAST;
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (int index = 0; index < flat.length(); index = at) {
            int[] span = flat.lineSpan(index);
            at = span[1];
            String line = Flat.squeeze(text.lines().get(flat.lineIndex(index)).text());
            if (line.length() > 40 || !line.endsWith("表") && !line.contains("表（") ) {
                continue;
            }
            double likeness = dice(wanted, pairs(line));
            if (likeness > best + 1e-9) {
                best = likeness;
                starts.clear();
            }
            if (Math.abs(likeness - best) < 1e-9) {
                starts.add(span[0]);
            }
        }
        return starts;
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }
}
