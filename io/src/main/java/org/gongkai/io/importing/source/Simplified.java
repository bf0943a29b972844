package org.gongkai.io.importing.source;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A document's text in simplified characters, the ones the layout vocabulary is written in. Hong Kong, Macao and
 * Taiwan mirrors, and many provincial sites' 繁體 versions, print the same disclosure in traditional characters
 * (「部門預算」「三公經費」「公務接待費」); mirror sites built for learners also print a pinyin gloss after the words
 * (「部门(bù mén)」). ICU's Traditional-Simplified transliteration folds the characters, and a gloss is removed, so that
 * every later stage reads one script.
 *
 * <p>A document is folded only when the fold changes a real share of its Han characters: a simplified document that
 * names one traditional character (a person's or a place's name) is left exactly as printed.
 */
public final class Simplified {

    /** The share of Han characters a fold must change before the document counts as printed in traditional ones. */
    private static final double TRADITIONAL_SHARE = 0.05;
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})\\s*[(（]\\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'’]+(?:\\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'’]+)*\\s*[)）]");
    /** A gloss of at least one toned syllable: plain Latin in brackets is an abbreviation (「(PPP)」), not a gloss. */
    private static final Pattern TONED = Pattern.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿ]");
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Simplified() {
    }

    /** The document in simplified characters without pinyin glosses, or the document itself when it has neither. */
    public static SourceDocument of(SourceDocument document) {
        boolean fold = traditional(document.blocks());
        boolean glossed = document.blocks().stream().anyMatch(b -> texts(b).stream().anyMatch(Simplified::glossed));
        if (!fold && !glossed) {
            return document;
        }
        return new SourceDocument(document.name(), document.blocks().stream().map(b -> plain(b, fold)).toList(), document.ocr());
    }

    /**
     * A text read whole (a crawled page, a one-line PDF text) in simplified characters without pinyin glosses, before
     * its lines are restored and its headings looked for: 「第一部分 2024年度部門預(yù)算情況說明」 is a heading only once folded.
     */
    public static String text(String text) {
        boolean fold = traditional(text.length() > 200_000 ? text.substring(0, 200_000) : text);
        return fold || glossed(text) ? plain(text, fold) : text;
    }

    private static Block plain(Block block, boolean fold) {
        if (block instanceof Block.Text t) {
            return new Block.Text(plain(t.text(), fold), t.level(), t.where());
        }
        Block.Grid grid = (Block.Grid) block;
        return new Block.Grid(grid.rows().stream().map(row -> row.stream().map(cell -> plain(cell, fold)).toList()).toList(),
                grid.where(), grid.spansKnown());
    }

    private static String plain(String text, boolean fold) {
        String unglossed = glossed(text) ? PINYIN_GLOSS.matcher(text).replaceAll(m -> TONED.matcher(m.group()).find() ? "" : m.group()) : text;
        return fold ? FOLD.get().transliterate(unglossed) : unglossed;
    }

    private static boolean glossed(String text) {
        return PINYIN_GLOSS.matcher(text).results().anyMatch(m -> TONED.matcher(m.group()).find());
    }

    /** Whether folding would change at least {@link #TRADITIONAL_SHARE} of the document's Han characters. */
    private static boolean traditional(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            texts(block).forEach(t -> text.append(t).append('\n'));
            if (text.length() > 200_000) {
                break;
            }
        }
        return traditional(text.toString());
    }

    private static boolean traditional(String text) {
        Transliterator fold = FOLD.get();
        Map<Integer, Boolean> folds = new HashMap<>();
        long[] han = new long[2];
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(c -> {
            han[0]++;
            if (folds.computeIfAbsent(c, k -> !fold.transliterate(Character.toString(k)).equals(Character.toString(k)))) {
                han[1]++;
            }
        });
        return han[0] > 0 && han[1] >= TRADITIONAL_SHARE * han[0];
    }

    private static List<String> texts(Block block) {
        return block instanceof Block.Text t ? List.of(t.text())
                : ((Block.Grid) block).rows().stream().flatMap(List::stream).toList();
    }
}
