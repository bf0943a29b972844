package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A word Tesseract read, with its box in the image's pixels, its page (a multi-page TIFF has several), the paragraph
 * Tesseract put it in, and its confidence (0–100).
 */
record OcrWord(int page, int paragraph, int left, int top, int width, int height, float confidence, String text) {

    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    /**
     * The words of Tesseract's TSV output (level 5 rows: level, page, block, paragraph, line, word, left, top, width,
     * height, confidence, text); blank words are left out. A paragraph is numbered over its block.
     */
    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 12 || !cells[0].equals("5") || cells[11].isBlank()) {
                continue;
            }
            int block = Integer.parseInt(cells[2]);
            int paragraph = block * 1000 + Integer.parseInt(cells[3]);
            words.add(new OcrWord(Integer.parseInt(cells[1]), paragraph, Integer.parseInt(cells[6]), Integer.parseInt(cells[7]),
                    Integer.parseInt(cells[8]), Integer.parseInt(cells[9]), Float.parseFloat(cells[10]), cells[11].strip()));
        }
        return words;
    }
}
