package org.gongkai.io.importing.recognise;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Titles;

/**
 * The explanation of a page that prints it without any heading we know: a web article 「…“三公”经费预算情况如下」, a short
 * notice, crawled text. Such a page is still a disclosure; its sentences are placed in the part they speak of
 * ({@code sentence-sections.tsv}), so that the statements they make are read like those under a heading. Only text that
 * states an amount makes a page's explanation: a line of site chrome or a date makes none.
 */
final class ImplicitSection {

    private record Words(NarrativeSection section, List<String> words) {
    }

    private static final List<Words> WORDS = Layouts.rows("sentence-sections.tsv", 2).stream()
            .map(r -> new Words(NarrativeSection.valueOf(r[0]), List.of(r[1].split("\\|")))).toList();
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\d[\\d,，.]*\\s*(万元|元|亿元)");

    private ImplicitSection() {
    }

    /** Whether the text blocks state amounts at all: text without any 「…万元」 is no explanation. */
    static boolean statesAmounts(List<Block.Text> texts) {
        return texts.stream().anyMatch(t -> AMOUNT.matcher(t.text()).find());
    }

    /** The texts' sentences, each as a block of the part it speaks of, in the parts' official order. */
    static Map<NarrativeSection, List<Block>> parts(List<Block.Text> texts) {
        Map<NarrativeSection, List<Block>> parts = new EnumMap<>(NarrativeSection.class);
        NarrativeSection headed = null;
        for (Block.Text text : unwrapped(texts)) {
            // A numbered heading line (「三、公务接待费」) places the sentences under it that name no subject of their own.
            boolean heading = isHeading(text);
            for (String sentence : sentences(text.text())) {
                NarrativeSection section = named(sentence).orElse(headed != null && !heading ? headed : NarrativeSection.OVERVIEW);
                parts.computeIfAbsent(section, s -> new ArrayList<>()).add(new Block.Text(sentence, 0, text.where()));
            }
            headed = heading ? named(text.text()).orElse(null) : headed;
        }
        return parts;
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．][^\\d，,。；;：:]{2,20}$");

    /**
     * The lines a page's width cut rejoined (「…“三公”经费支」/「出决算总额为5.48万元」), each paragraph where its first line
     * is: a sentence is placed by its subject whole, never line by line.
     */
    private static List<Block.Text> unwrapped(List<Block.Text> texts) {
        List<Block.Text> paragraphs = new ArrayList<>();
        for (Block.Text text : texts) {
            Block.Text last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (last != null && Sentences.continuesOnNextLine(last.text(), text.text())) {
                paragraphs.set(paragraphs.size() - 1, new Block.Text(last.text().strip() + text.text().strip(), last.level(), last.where()));
            } else {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /** A numbered heading line of a few words (「三、公务接待费」). */
    static boolean isHeading(Block.Text text) {
        return HEADING.matcher(Layouts.fold(text.text()).replaceAll("\\s+", "")).matches();
    }

    /** The part whose words the sentence holds, if any. */
    private static java.util.Optional<NarrativeSection> named(String sentence) {
        String folded = Titles.plain(sentence).replaceAll("[“”\"‘’']", "");
        return WORDS.stream().filter(w -> w.words().stream().anyMatch(folded::contains)).map(Words::section).findFirst();
    }

    /** A line cut after each 。: a sentence keeps its year, subject and amounts together (「其中：…；…」 stays whole). */
    private static List<String> sentences(String line) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : line.split("(?<=。)")) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }
}
