package org.gongkai.io.importing.read;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Erases a scanned table's ruling lines before OCR: Tesseract takes a ruled table for a picture and leaves it out, or
 * reads its rules as 「|」 and 「一」. A line is a run of dark pixels far longer than any stroke of a character; its
 * pixels are made white, the characters' own strokes stay.
 */
final class RulingEraser {

    private static final int DARK = 160;
    private static final int FRINGE = 2;

    private RulingEraser() {
    }

    /** Erases, in place, the horizontal and vertical lines of an 8-bit grey image. */
    static BufferedImage erase(BufferedImage grey) {
        int width = grey.getWidth();
        int height = grey.getHeight();
        WritableRaster raster = grey.getRaster();
        // A character is at most a twentieth of a page's width; a rule in a table is longer than that.
        int horizontal = Math.max(60, width / 20);
        int vertical = Math.max(60, height / 28);
        boolean[] along = new boolean[width * height];
        boolean[] across = new boolean[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(0, y, width, 1, 0, row);
            int offset = y * width;
            mark(row, horizontal, i -> along[offset + i] = true);
        }
        int[] column = new int[height];
        for (int x = 0; x < width; x++) {
            raster.getSamples(x, 0, 1, height, 0, column);
            int cx = x;
            mark(column, vertical, i -> across[i * width + cx] = true);
        }
        // A rule's grey fringe (anti-aliasing, toner) on either side goes with it: left behind, OCR reads it as 「”」.
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (along[y * width + x]) {
                    for (int fy = Math.max(0, y - FRINGE); fy <= Math.min(height - 1, y + FRINGE); fy++) {
                        raster.setSample(x, fy, 0, 255);
                    }
                }
                if (across[y * width + x]) {
                    for (int fx = Math.max(0, x - FRINGE); fx <= Math.min(width - 1, x + FRINGE); fx++) {
                        raster.setSample(fx, y, 0, 255);
                    }
                }
            }
        }
        return grey;
    }

    /** Marks the positions of every run of dark samples at least {@code length} long. */
    private static void mark(int[] samples, int length, java.util.function.IntConsumer marked) {
        int start = -1;
        for (int i = 0; i <= samples.length; i++) {
            boolean dark = i < samples.length && samples[i] < DARK;
            if (dark && start < 0) {
                start = i;
            } else if (!dark && start >= 0) {
                if (i - start >= length) {
                    for (int j = start; j < i; j++) {
                        marked.accept(j);
                    }
                }
                start = -1;
            }
        }
    }
}
