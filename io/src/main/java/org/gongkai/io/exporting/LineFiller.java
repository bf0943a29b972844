package org.gongkai.io.exporting;

import java.util.ArrayList;
import java.util.List;

/**
 * Prose filled to a width character by character, as a word processor fills Chinese text: a line breaks before the
 * character that would pass the width, and a reader joins such lines back without a space. One filler for every PDF
 * Gongkai writes (the published package, the 通报 and the marked PDF's notes).
 */
public final class LineFiller {

    /** The printed width of one character (a code point, as a string) at the size in hand. */
    @FunctionalInterface
    public interface Measure {
        float width(String glyph);
    }

    private LineFiller() {
    }

    /** The lines of {@code text} (one paragraph, every character printable) within {@code available}; at least one. */
    public static List<String> fill(String text, float available, Measure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            float w = measure.width(glyph);
            if (used + w > available && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.append(glyph);
            used += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }
}
