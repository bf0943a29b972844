package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.io.importing.source.Block;

/**
 * Rebuilds a page's text from the words OCR read on it: words into lines by their vertical overlap, a line into
 * cells where a gap is wider than a character, runs of lines of several cells into a table whose columns are the
 * cells' spans aligned across its rows, and the other lines into text, a paragraph wrapped at the right margin joined
 * back into one. Every block is placed 「第 N 页（OCR）」.
 */
final class OcrLayout {

    /** Tesseract's mean confidence in a line of noise (a speck, a stamp's edge) is this low; in real words far higher. */
    private static final float NOISE = 20f;
    private static final Pattern RULE = Pattern.compile("[|丨｜\\[\\]]+");
    /** 「- 3 -」「—3—」 as OCR reads them: a few characters between dashes, or a number alone. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-－—–一_~]+.{0,3}[-－—–一_~]+|[-－—–一_~]*\\d{1,3}[-－—–一_~]*");
    /** Two decimal points are impossible: OCR took the thousands' commas for points (12.542.74 for 12,542.74). */
    private static final Pattern POINTS_FOR_COMMAS = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{3})+\\.\\d+(?![\\d.])");
    /** A closing quote opening a cell, an opening one ending it: the edge of an erased rule, read as a quote. */
    private static final Pattern STRAY_QUOTES = Pattern.compile("^[”’'\"]+|[“‘]+$");
    private static final Pattern LEADING_QUOTES = Pattern.compile("^[”’'\"]+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；！？：:;!?]$");
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]+[、.．]|\\d{1,2}[.、．](?!\\d)|[（(][一二三四五六七八九十\\d]+[）)]|第[一二三四五六七八九十]+部分)");

    private OcrLayout() {
    }

    /** A line's cells left to right; {@code paragraph} is Tesseract's paragraph of its first word. */
    private record Line(List<Cell> cells, int top, int bottom, int height, int paragraph, double confidence) {
        int left() {
            return cells.get(0).left();
        }

        int right() {
            return cells.get(cells.size() - 1).right();
        }

        /**
         * The line as text: cells far apart (「编制部门：…    单位：万元」) keep a wide space between them; a narrower gap
         * in running text (a character OCR read small, a letter-spaced heading) is no gap at all in Chinese.
         */
        String text() {
            StringBuilder text = new StringBuilder(cells.get(0).text());
            for (int i = 1; i < cells.size(); i++) {
                String next = cells.get(i).text();
                boolean far = cells.get(i).left() - cells.get(i - 1).right() >= 3 * height;
                text.append(far ? "    " : latin(text.charAt(text.length() - 1)) && latin(next.charAt(0)) ? " " : "").append(next);
            }
            return text.toString();
        }
    }

    private record Cell(int left, int right, String text) {
    }

    /** The page's blocks in reading order, each placed at {@code where}. */
    static List<Block> blocks(List<OcrWord> words, String where) {
        List<Line> lines = lines(words.stream().filter(w -> !RULE.matcher(w.text()).matches()).toList()).stream()
                .filter(l -> !noise(l) && !PAGE_NUMBER.matcher(l.text().replaceAll("\\s+", "")).matches())
                .map(OcrLayout::justified).toList();
        List<Block> blocks = new ArrayList<>();
        int rightEdge = rightEdge(lines);
        int i = 0;
        while (i < lines.size()) {
            int end = tableEnd(lines, i);
            if (end - i >= 2 && labelled(lines.get(i), lines.subList(i, end))) {
                end = i + 1;
            }
            if (end - i >= 2) {
                blocks.add(new Block.Grid(OcrGrid.rows(lines.subList(i, end).stream().map(l -> l.cells().stream()
                        .map(c -> new OcrGrid.Span(c.left(), c.right(), c.text())).toList()).toList()), where));
                i = end;
                continue;
            }
            StringBuilder text = new StringBuilder(lines.get(i).text());
            while (i + 1 < lines.size() && tableEnd(lines, i + 1) - (i + 1) < 2 && wraps(lines.get(i), lines.get(i + 1), rightEdge)) {
                text.append(lines.get(++i).text());
            }
            blocks.add(new Block.Text(text.toString(), 0, where));
            i++;
        }
        return blocks;
    }

    /**
     * The line 「编制部门：…    单位：万元」 above a table is text: labelled with colons, and fewer cells than the table's
     * rows (a header cell never holds a colon).
     */
    private static boolean labelled(Line first, List<Line> table) {
        int widest = table.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
        return first.cells().size() < widest && first.cells().stream().anyMatch(c -> c.text().matches(".+[:：].*"));
    }

    /** A speck or a stamp's edge read as a character or two: short, and Tesseract itself does not believe it. */
    private static boolean noise(Line line) {
        return line.text().replaceAll("\\s+", "").length() <= 3 && line.confidence() < NOISE;
    }

    /**
     * A line of prose with a wide gap in it (a word OCR could not read, justified spacing) is one cell, not a row of
     * cells: table cells do not hold sentences.
     */
    private static Line justified(Line line) {
        String text = line.text();
        if (line.cells().size() < 2 || text.length() < 15 || !text.matches(".*[。，；].*")) {
            return line;
        }
        return new Line(List.of(new Cell(line.left(), line.right(), text)), line.top(), line.bottom(), line.height(),
                line.paragraph(), line.confidence());
    }

    /**
     * Where a table starting at line {@code start} ends: lines of two or more cells follow each other; a line of one
     * cell between two of them (a name whose amounts are blank) stays in the table.
     */
    private static int tableEnd(List<Line> lines, int start) {
        int end = start;
        while (end < lines.size() && (lines.get(end).cells().size() >= 2 || end > start && end + 1 < lines.size()
                && lines.get(end + 1).cells().size() >= 2 && lines.get(end - 1).cells().size() >= 2)) {
            end++;
        }
        return end;
    }

    /** Whether {@code next} goes on with the paragraph of {@code previous}: wrapped at the margin, not ended, not a heading. */
    private static boolean wraps(Line previous, Line next, int rightEdge) {
        String text = previous.text();
        return previous.paragraph() == next.paragraph() && previous.right() >= rightEdge - 2 * previous.height()
                && !SENTENCE_END.matcher(text).matches() && !NUMBERED.matcher(next.text()).find() && text.length() >= 10;
    }

    /** Where wrapped lines end: the upper quartile of the lines' right ends (a few overshoot the margin). */
    private static int rightEdge(List<Line> lines) {
        List<Integer> rights = lines.stream().map(Line::right).sorted().toList();
        return rights.isEmpty() ? 0 : rights.get(rights.size() * 3 / 4);
    }

    /** Words into lines: a word belongs to the line whose band it overlaps by half its height. */
    private static List<Line> lines(List<OcrWord> words) {
        List<OcrWord> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt((OcrWord w) -> w.top() + w.bottom()).thenComparingInt(OcrWord::left));
        List<List<OcrWord>> groups = new ArrayList<>();
        int top = 0;
        int bottom = 0;
        for (OcrWord word : sorted) {
            int overlap = Math.min(bottom, word.bottom()) - Math.max(top, word.top());
            if (!groups.isEmpty() && overlap * 2 >= Math.min(word.height(), bottom - top)) {
                groups.get(groups.size() - 1).add(word);
                top = Math.min(top, word.top());
                bottom = Math.max(bottom, word.bottom());
            } else {
                groups.add(new ArrayList<>(List.of(word)));
                top = word.top();
                bottom = word.bottom();
            }
        }
        return groups.stream().map(OcrLayout::line).toList();
    }

    /** A line's words left to right, cut into cells where the gap is wider than a character. */
    private static Line line(List<OcrWord> words) {
        int height = words.stream().mapToInt(OcrWord::height).sorted().skip(words.size() / 2).findFirst().orElse(1);
        List<OcrWord> sorted = new ArrayList<>(words.stream().map(w -> unquoted(w, height)).filter(w -> !w.text().isEmpty()).toList());
        if (sorted.isEmpty()) {
            sorted.addAll(words);
        }
        sorted.sort(Comparator.comparingInt(OcrWord::left));
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int left = sorted.get(0).left();
        int right = left;
        for (OcrWord word : sorted) {
            int gap = word.left() - right;
            if (text.length() > 0 && gap > height) {
                cells.add(new Cell(left, right, repaired(text.toString())));
                text.setLength(0);
                left = word.left();
            } else if (text.length() > 0 && gap * 10 > height * 3 && latin(text.charAt(text.length() - 1)) && latin(word.text().charAt(0))) {
                text.append(' ');
            }
            text.append(word.text());
            right = Math.max(right, word.left() + extent(word, height));
        }
        cells.add(new Cell(left, right, repaired(text.toString())));
        int top = sorted.stream().mapToInt(OcrWord::top).min().orElse(0);
        int bottom = sorted.stream().mapToInt(OcrWord::bottom).max().orElse(0);
        double confidence = sorted.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        return new Line(cells, top, bottom, height, sorted.get(0).paragraph(), confidence);
    }

    /**
     * A word without the closing quote OCR read in front of it (the edge of an erased rule, a speck): a cell never
     * opens with one. The word starts where its first real character does, so the gap before it is seen.
     */
    private static OcrWord unquoted(OcrWord word, int height) {
        Matcher quotes = LEADING_QUOTES.matcher(word.text());
        if (!quotes.find()) {
            return word;
        }
        int shift = Math.min(word.width(), quotes.end() * height * 7 / 10);
        return new OcrWord(word.page(), word.paragraph(), word.left() + shift, word.top(), word.width() - shift, word.height(),
                word.confidence(), word.text().substring(quotes.end()));
    }

    /**
     * How wide a word is: its box, but no wider than its characters can be (a Chinese character is as wide as the
     * line is high, a digit about half) — Tesseract's boxes for Chinese often run on into the gap after the word.
     */
    private static int extent(OcrWord word, int height) {
        double chars = word.text().codePoints().mapToDouble(c -> c >= 0x2E80 || c >= 0xFF00 ? 1.0 : c < 0x80 && Character.isLetterOrDigit(c) ? 0.6 : 0.4).sum();
        return (int) Math.min(word.width(), Math.ceil(chars * height * 1.2));
    }

    /** Chinese is written without spaces between words; only two Latin words or numbers side by side keep one. */
    private static boolean latin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** What OCR misreads in a way that cannot be right: two decimal points, a cell opened by a closing quote. */
    private static String repaired(String text) {
        Matcher m = POINTS_FOR_COMMAS.matcher(STRAY_QUOTES.matcher(text).replaceAll(""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group();
            int last = number.lastIndexOf('.');
            m.appendReplacement(out, Matcher.quoteReplacement(number.substring(0, last).replace('.', ',') + number.substring(last)));
        }
        return m.appendTail(out).toString();
    }
}
