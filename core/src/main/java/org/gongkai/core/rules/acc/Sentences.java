package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.rules.Disclosure;

/**
 * The explanation of final accounts as sentences, each with its section. White space is removed first: documents
 * converted from PDF break lines inside sentences and put spaces between Chinese and digits ("307.82 万元").
 */
final class Sentences {

    /** An amount in 万元 as the text prints it: digits, optional thousands commas and decimals. */
    static final String AMOUNT = "(\\d[\\d,]*(?:\\.\\d+)?)万元";
    static final String PERCENT = "(\\d+(?:\\.\\d+)?)%";
    private static final Pattern SPLIT = Pattern.compile("(?<=[。；;])");
    private static final Pattern PERIODS = Pattern.compile("(?<=。)");

    record Sentence(NarrativeSection section, String text, int index) {
        /** Where a finding points: the section and the sentence's start. */
        String where() {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            return "说明「" + shown + "」";
        }
    }

    private Sentences() {
    }

    static List<Sentence> of(Disclosure disclosure) {
        return split(disclosure, SPLIT);
    }

    /** Whole sentences, to the full stop: for what a text enumerates in clauses separated by 「；」. */
    static List<Sentence> toFullStops(Disclosure disclosure) {
        return split(disclosure, PERIODS);
    }

    private static List<Sentence> split(Disclosure disclosure, Pattern boundary) {
        List<Sentence> sentences = new ArrayList<>();
        for (Map.Entry<NarrativeSection, String> section : disclosure.model().narrative().entrySet()) {
            if (section.getValue() == null) {
                continue;
            }
            String text = section.getValue().replaceAll("\\s+", "");
            for (String sentence : boundary.split(text)) {
                if (!sentence.isBlank()) {
                    sentences.add(new Sentence(section.getKey(), sentence, sentences.size()));
                }
            }
        }
        return sentences;
    }

    /** The first amount in 万元 after these words (and an optional 为/是/：) in the text. */
    static Optional<BigDecimal> amountAfter(String text, String words) {
        Matcher m = Pattern.compile(words + "(?:为|是|：|:|共计|合计)?" + AMOUNT).matcher(text);
        return m.find() ? Optional.of(number(m.group(1))) : Optional.empty();
    }

    static BigDecimal number(String printed) {
        return new BigDecimal(printed.replace(",", ""));
    }
}
