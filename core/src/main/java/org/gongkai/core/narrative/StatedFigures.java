package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;

/**
 * Every amount the explanation states, with the words that say what it is. A small extractor, not a parser:
 * a clause ends at ，；：, and an amount's label is what precedes it in its clause.
 */
public final class StatedFigures {

    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(万元|亿元|元(?![/／]))?");
    /** A clause ends at ，；： and at 、 — except in 「收、支总计」, one subject. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;：:]|(?<!收)、|、(?!支)");

    /** Words that make a statement one of change or comparison rather than of level. */
    public static final Pattern CHANGE = Pattern.compile("(增加|减少|增长|下降|上升|降低|节约|压减|持平|比|较|同比|对比)");

    /** A label that speaks of a budget and not of its execution (预算数, 年初预算, 财政拨款预算安排, 支出预算为). */
    private static final Pattern BUDGET_ONLY = Pattern.compile("^(?!.*决算).*预算(数)?(安排)?(支出)?(为|是|共计)?$");
    private static final String FINAL = "决算";

    private final List<Mention> mentions;

    private StatedFigures(List<Mention> mentions) {
        this.mentions = List.copyOf(mentions);
    }

    public static StatedFigures of(Map<NarrativeSection, String> narrative) {
        List<Mention> all = new ArrayList<>();
        narrative.forEach((section, text) -> all.addAll(extract(section, text)));
        return new StatedFigures(all);
    }

    public List<Mention> all() {
        return mentions;
    }

    public List<Mention> in(NarrativeSection section) {
        return mentions.stream().filter(m -> m.section() == section).toList();
    }

    /** The money amounts of one section's text, in order. Numbers without a money unit are skipped. */
    public static List<Mention> extract(NarrativeSection section, String text) {
        List<Mention> found = new ArrayList<>();
        Integer year = null;
        String heading = "";
        for (String sentence : Sentences.split(text)) {
            Integer named = Sentences.firstYear(sentence);
            extractSentence(section, sentence, named != null ? named : year, heading, found);
            if (named != null) {
                year = Sentences.onlyYear(sentence);
            }
            heading = HEADING.matcher(Sentences.plain(sentence)).matches() ? sentence : "";
        }
        return found;
    }

    /** A line of its own that names a subject only: a numbered heading of a few words (「三、公务接待费」). */
    private static final Pattern HEADING = Pattern.compile("^[(（]?[一二三四五六七八九十\\d]{1,3}[)）、.．][^\\d，,。；;：:]{2,16}$");

    private static void extractSentence(NarrativeSection section, String sentence, Integer year, String heading, List<Mention> found) {
        String folded = Sentences.fold(sentence);
        Matcher m = AMOUNT.matcher(folded);
        int labelStart = 0;
        while (m.find()) {
            String unit = m.group(3) == null ? "" : m.group(3);
            int clauseStart = lastClauseEnd(folded, m.start());
            labelStart = Math.max(labelStart, clauseStart);
            if (unit.isEmpty()) {
                continue;
            }
            String label = folded.substring(Math.min(labelStart, m.start()), m.start());
            BigDecimal amount = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            found.add(new Mention(section, sentence, label, amount, unit, year,
                    labelStart == clauseStart ? withSubjectBefore(folded, clauseStart, label, heading) : Sentences.plain(label)));
            labelStart = m.end();
        }
    }

    /**
     * The amount a statement gives a document of the kind: a 决算 names the budget first and its 决算数 after
     * (「公务接待费支出预算为1.86万元，支出决算为0.11万元」), so a budget-worded amount stands for the 决算 one of the same
     * sentence, and alone states nothing of the 决算; a budget takes no 决算-worded amount, nor a budget-worded one its
     * sentence follows with a 决算 of the same year (a 决算 misread as a budget, or one that states both).
     */
    public static java.util.Optional<Mention> ofKind(Mention named, List<Mention> mentions, boolean finalAccounts) {
        boolean budgetWorded = BUDGET_ONLY.matcher(named.plainLabel()).find();
        if (finalAccounts && !budgetWorded) {
            return java.util.Optional.of(named);
        }
        if (!finalAccounts && named.plainLabel().contains(FINAL)) {
            return java.util.Optional.empty();
        }
        java.util.Optional<Mention> executed = sameSentenceAfter(named, mentions).stream()
                .filter(m -> m.inWanYuan() != null && m.plainLabel().contains(FINAL) && java.util.Objects.equals(ownYear(m), named.year()))
                .findFirst();
        return finalAccounts ? executed : executed.isPresent() ? java.util.Optional.empty() : java.util.Optional.of(named);
    }

    /**
     * Whether a mention's amount is a money figure to take: one in 万元, or in 元/亿元 (taken exactly in 万元) where its
     * sentence states no amount in 万元 — 「公务接待 2.31 元」 among 万元 figures is a slip for 万元, not 0.000231 万元 — and
     * a zero in any unit (「因公出国（境）费0元」: nothing is nothing in 元 too).
     */
    public static boolean money(Mention mention, List<Mention> mentions) {
        return mention.isWanYuan() || mention.inWanYuan() != null && (mention.amount().signum() == 0
                || mentions.stream().noneMatch(m -> m.isWanYuan() && m.sentence().equals(mention.sentence())));
    }

    /** The year a mention's own words name (「，2021年决算为」), else its sentence's. */
    private static Integer ownYear(Mention mention) {
        Integer named = Sentences.firstYear(mention.label());
        return named != null ? named : mention.year();
    }

    private static List<Mention> sameSentenceAfter(Mention named, List<Mention> mentions) {
        int at = mentions.indexOf(named);
        return mentions.subList(at + 1, mentions.size()).stream().takeWhile(m -> m.sentence().equals(named.sentence())).toList();
    }

    /**
     * A label that names only the kind of figure (「2023年年初预算数」「决算数」) takes its subject from the clause before it,
     * a heading run into the sentence: 「(二)支出预算，2018年年初预算数596.09万元」 states the 支出预算, and
     * 「(一)收入：年初预算数…，决算数…」 a 收入预算数 and a 收入决算数; the first clause of a sentence under a heading line of
     * its own (「三、公务接待费」/「2016年预算安排8万元」) takes the heading's.
     */
    private static String withSubjectBefore(String folded, int clauseStart, String label, String heading) {
        String plain = Sentences.plain(label);
        Matcher kind = KIND_ONLY.matcher(plain);
        if (!kind.matches() || clauseStart == 0 && heading.isEmpty()) {
            return plain;
        }
        // The first clause of a sentence under a heading of its own line takes the heading's subject.
        String before = clauseStart == 0 ? Sentences.fold(heading) : folded.substring(lastClauseEnd(folded, clauseStart - 1), clauseStart - 1);
        String subject = NUMBERING.matcher(Sentences.plain(before)).replaceFirst("");
        if (subject.length() < 2 || subject.length() > SUBJECT_LENGTH || subject.matches(".*\\d.*")) {
            return plain;
        }
        return subject.matches(".*(预算|决算)(数)?$") ? subject : subject + kind.group(1) + "数";
    }

    /** A label of the kind of figure only: 「2023年年初预算数」「决算数为」「预算总额」. */
    private static final Pattern KIND_ONLY = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?)?(?:全年|年初|本年|调整后?的?)?(预算|决算)(?:数|总额|总计|合计|金额)?(?:为|是|共计|合计|安排)?$");
    private static final Pattern NUMBERING = Pattern.compile("^[(（]?[一二三四五六七八九十\\d]+[)）、.．]*");
    /** A subject run in as a heading is a few words (「收入预算」「一般公共预算支出」), never a clause of its own. */
    private static final int SUBJECT_LENGTH = 12;

    private static int lastClauseEnd(String text, int before) {
        int at = 0;
        Matcher end = CLAUSE_END.matcher(text);
        while (end.find() && end.start() < before) {
            at = end.end();
        }
        return at;
    }
}
