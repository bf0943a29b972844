package org.gongkai.core.narrative;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits Chinese text into sentences and normalizes it for matching (full-width digits, spaces, quotes). */
public final class Sentences {

    /**
     * A sentence ends at its full stop, or at a line's end — but not where the next line opens with the unit of the
     * figure the line closes with (「基本支出 1037103.63」 / 「元，项目支出…」: a page wrapped there).
     */
    private static final Pattern END = Pattern.compile("(?<=[。！？!?])|(?<![\\d.])\\R|(?<=[\\d.])\\R(?![ \\t]*(?:万元|亿元|元|%))");
    /**
     * The words that make the year after them the one a figure is compared with (「比2023年预算减少」「与上年相比」「较
     * 2022年决算」), not the year the sentence speaks of.
     */
    public static final String COMPARISON = "[比较与同]";
    /** Put before a year: it is not a year a figure is compared with. */
    public static final String NOT_COMPARED = "(?<!" + COMPARISON + "\\s?)";
    /** A year (or 上年) a figure is compared with. */
    public static final Pattern COMPARED_YEAR = Pattern.compile(COMPARISON + "\\s*((?:19|20)\\d{2}|上)\\s*年");
    private static final Pattern YEAR = Pattern.compile(NOT_COMPARED + "(?<!\\d)(\\d{4})\\s*年");
    private static final Pattern NOISE = Pattern.compile("[\\s\"'“”‘’「」『』]");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : END.split(unwrapped(text))) {
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        return sentences;
    }

    /**
     * The text with the line breaks a page's width put inside a sentence removed (「其中：基」/「本支出…」, 「津贴补」/「贴、…」):
     * a long line that stops mid-sentence — on a character, a digit or a 、，： — and is followed by a line that opens
     * no heading or item of its own continues on that line. A line ending a heading's words (…情况说明) stands alone.
     */
    static String unwrapped(String text) {
        String[] lines = text.split("\\R", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean wrapped = continuesOnNextLine(lines[i - 1], lines[i]);
            out.append(wrapped ? "" : "\n").append(wrapped ? lines[i].stripLeading() : lines[i]);
        }
        return out.toString();
    }

    /** Whether a line stops where a page's width cut its sentence, and the next line goes on with it. */
    public static boolean continuesOnNextLine(String line, String next) {
        String before = line.strip();
        return before.length() >= WRAPPED_WIDTH && MID_SENTENCE.matcher(before).find() && !HEADING_END.matcher(before).find()
                && !next.isBlank() && !OPENS_ITEM.matcher(next.strip()).lookingAt();
    }

    /** A line shorter than this is a heading or a line of its own, never one a page's width cut. */
    private static final int WRAPPED_WIDTH = 16;
    private static final Pattern MID_SENTENCE = Pattern.compile("[\\p{IsHan}\\d、，,：:（(“]$");
    private static final Pattern HEADING_END = Pattern.compile("(说明|情况|概况|解释|职责|职能|构成|目录|如下|[表图])$");
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "[(（]?[一二三四五六七八九十\\d]{1,3}[、.．)）]|第[一二三四五六七八九十]+(部分|章|节)|[•·●◆■\\-*]|附件|注[:：]");

    /** NFKC folds full-width digits and punctuation (８９００．０３ → 8900.03, （ → (). */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /**
     * Folded, with the spaces a PDF leaves inside a figure closed up (「1 312.56」, 「8900 .03」, 「8900. 03」 → 8900.03): what the
     * rules reading amounts and percentages from prose match against.
     */
    public static String figuresJoined(String text) {
        return FIGURE_GAP.matcher(fold(text)).replaceAll("");
    }

    private static final Pattern FIGURE_GAP = Pattern.compile("(?<=\\d)\\s+(?=[\\d.])|(?<=\\d\\.)\\s+(?=\\d)");

    /** For matching labels: folded, without spaces and quotation marks. */
    public static String plain(String text) {
        return NOISE.matcher(fold(text)).replaceAll("");
    }

    /**
     * The year a sentence leaves open for the sentences after it: the one year it names, or null when it names none or
     * several (「纳入2018年预算管理的…，2019年预算不再安排」 speaks of two years, and sets neither for what follows).
     */
    public static Integer onlyYear(String sentence) {
        Matcher m = YEAR.matcher(fold(sentence));
        Integer only = null;
        while (m.find()) {
            Integer year = Integer.valueOf(m.group(1));
            if (only != null && !only.equals(year)) {
                return null;
            }
            only = year;
        }
        return only;
    }

    /** The first budget year a sentence names ("2022 年三公经费为…" → 2022), or null. */
    public static Integer firstYear(String sentence) {
        Matcher m = YEAR.matcher(fold(sentence));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
