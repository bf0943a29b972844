package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.io.importing.source.Titles;

/**
 * Text crawled from a web page often arrives as one line: headings, paragraphs and sentences run together
 * (「…预算公开一、部门职责…（一）部门职责负责…。二、部门预算总体情况说明2021年…」). Before such a text is read its lines are
 * restored where its numbering says a part begins, and a heading is cut from the paragraph it runs into, so that the
 * explanation's parts and sentences are found as in any other text. Tables do not survive one line and are not
 * guessed at.
 */
final class OneLineText {

    /** A text longer than this with fewer than one line break per {@link #PER_BREAK} characters lost its lines. */
    private static final int LONG = 120;
    private static final int PER_BREAK = 200;
    /** A part's numbering, after the end of a sentence or a closing mark (or at a title's end: 公开, 说明, 情况). */
    private static final Pattern PART = Pattern.compile(
            "(?<=[。；！？”」）)\\s]|公开|说明|情况|目录)(?=(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）))");
    private static final Pattern NUMBERING = Pattern.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)");
    /** How headings end. */
    private static final Pattern HEADING_END = Pattern.compile("(说明|情况|职责|职能|设置|经费|解释|信息|事项|概况|目标|部分)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年");
    private static final int HEADING_MAX = 40;

    private OneLineText() {
    }

    /** Whether a text lost its lines: long, and fewer than one line break per {@value #PER_BREAK} characters. */
    static boolean lostItsLines(String text) {
        long breaks = text.chars().filter(c -> c == '\n').count();
        return text.length() > LONG && breaks * PER_BREAK < text.length();
    }

    /**
     * The text with the lines restored only in each line that runs several numbered parts together (a crawled page's
     * one line of text below a few short lines of its menu); every other line is left as printed.
     */
    static String restoreRunTogetherLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(runsPartsTogether(line) ? restoreLines(line) : line);
        }
        return String.join("\n", lines);
    }

    private static boolean runsPartsTogether(String line) {
        return line.length() > PER_BREAK && line.indexOf('|') < 0 && line.indexOf('\t') < 0
                && NUMBERED.matcher(line).results().map(m -> m.group()).distinct().count() >= RUN_TOGETHER;
    }

    /** A part's numbering anywhere in a line: 第一部分, 一、 …, counted once each. */
    private static final Pattern NUMBERED = Pattern.compile("第[一二三四五六七八九十]+部分|(?<![\\p{IsHan}])[一二三四五六七八九十]{1,3}、");

    /** This many numbered parts on one line are parts run together, not a sentence naming a few. */
    private static final int RUN_TOGETHER = 3;

    /** The text with a line before every numbered part and after every heading that runs into its paragraph. */
    static String restoreLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            for (String part : PART.split(line)) {
                lines.addAll(headingAndBody(part.strip()));
            }
        }
        return String.join("\n", lines);
    }

    /** A numbered part as its heading and, on the next line, the paragraph the heading ran into. */
    private static List<String> headingAndBody(String part) {
        Matcher numbering = NUMBERING.matcher(part);
        if (!numbering.find()) {
            return List.of(part);
        }
        int cut = headingEnd(part, numbering.end());
        return cut <= 0 || cut >= part.length() ? List.of(part) : List.of(part.substring(0, cut), part.substring(cut));
    }

    /**
     * Where the heading ends: before the year its paragraph opens with, when the words before it end as headings do;
     * else after the longest words ending as headings do, within reach and before any comma or full stop, that name a part
     * of the explanation, or the longest of them; else nowhere (-1).
     */
    private static int headingEnd(String part, int from) {
        int reach = Math.min(part.length(), from + HEADING_MAX);
        int stop = firstPunctuation(part, from, reach);
        Matcher year = YEAR.matcher(part).region(from, stop);
        if (year.find() && year.start() > from && HEADING_END.matcher(part.substring(from, year.start())).find()
                && endsAsHeading(part.substring(from, year.start()))) {
            return year.start();
        }
        List<Integer> ends = new ArrayList<>();
        Matcher end = HEADING_END.matcher(part).region(from, stop);
        while (end.find()) {
            ends.add(end.end());
        }
        // The longest that names a part of the explanation (section-headings.tsv), else the longest.
        for (int i = ends.size() - 1; i >= 0; i--) {
            if (Titles.section(part.substring(0, ends.get(i))).isPresent()) {
                return ends.get(i);
            }
        }
        return ends.isEmpty() ? -1 : ends.get(ends.size() - 1);
    }

    private static boolean endsAsHeading(String words) {
        Matcher end = HEADING_END.matcher(words);
        int last = -1;
        while (end.find()) {
            last = end.end();
        }
        return last == words.length();
    }

    private static int firstPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，,。；;：:".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return to;
    }
}
