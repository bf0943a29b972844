package org.gongkai.io.inspection.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's lines run together without whitespace, each character mapped back to its line and place: a sentence
 * broken over two lines of a PDF, or a code printed "204 06 01", is found as the model wrote it.
 */
final class Flat {

    private final DocumentText text;
    private final String flat;
    private final int[] lineOf;
    private final int[] charOf;

    Flat(DocumentText text) {
        this.text = text;
        StringBuilder flat = new StringBuilder();
        List<int[]> map = new ArrayList<>();
        for (int l = 0; l < text.lines().size(); l++) {
            String line = text.lines().get(l).text();
            for (int c = 0; c < line.length(); c++) {
                if (!Character.isWhitespace(line.charAt(c)) && line.charAt(c) != '\u3000') {
                    flat.append(line.charAt(c));
                    map.add(new int[] {l, c});
                }
            }
        }
        this.flat = flat.toString();
        this.lineOf = map.stream().mapToInt(m -> m[0]).toArray();
        this.charOf = map.stream().mapToInt(m -> m[1]).toArray();
    }

    static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("[\\s\u3000]+", "");
    }

    /** Where {@code needle} (already squeezed) next occurs from {@code from}; -1 when it does not. */
    int find(String needle, int from) {
        return needle.isEmpty() ? -1 : flat.indexOf(needle, Math.max(0, from));
    }

    /** Every place {@code needle} occurs. */
    List<Integer> all(String needle) {
        List<Integer> found = new ArrayList<>();
        for (int at = find(needle, 0); at >= 0; at = find(needle, at + 1)) {
            found.add(at);
        }
        return found;
    }

    int length() {
        return flat.length();
    }

    char at(int index) {
        return flat.charAt(index);
    }

    DocumentText.Line line(int index) {
        return text.lines().get(lineOf[index]);
    }

    int lineIndex(int index) {
        return lineOf[index];
    }

    /** The original text of flat[start, end), lines joined without a break (the reader's own wrapping undone). */
    String original(int start, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && lineOf[i] == lineOf[i - 1] && charOf[i] > charOf[i - 1] + 1) {
                out.append(' ');
            }
            out.append(flat.charAt(i));
        }
        return out.toString();
    }

    /** The boxes of flat[start, end): one per line it covers, the union of its characters' boxes. */
    List<float[]> boxes(int start, int end) {
        Map<Integer, float[]> byLine = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            List<float[]> boxes = text.lines().get(lineOf[i]).boxes();
            if (boxes == null || charOf[i] >= boxes.size() || boxes.get(charOf[i]).length < 4) {
                continue;
            }
            float[] b = boxes.get(charOf[i]);
            byLine.merge(lineOf[i], b.clone(), (u, n) -> new float[] {Math.min(u[0], n[0]), Math.min(u[1], n[1]),
                Math.max(u[2], n[2]), Math.max(u[3], n[3])});
        }
        return List.copyOf(byLine.values());
    }

    /** The span of flat covering the whole line that holds flat[index]. */
    int[] lineSpan(int index) {
        int start = index;
        int end = index;
        while (start > 0 && lineOf[start - 1] == lineOf[index]) {
            start--;
        }
        while (end < lineOf.length && lineOf[end] == lineOf[index]) {
            end++;
        }
        return new int[] {start, end};
    }
}
