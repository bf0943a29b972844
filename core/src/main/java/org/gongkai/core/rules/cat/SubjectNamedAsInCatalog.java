package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;

/**
 * R-CAT-07: a subject the explanation names with its level — 「法院（款）一般行政事务管理（项）」 — is named as the year's
 * catalog names it, at that level. Only what is certainly wrong is reported: a name the catalog holds at another level
 * (「行政事业单位离退休（类）」 is a 款), or one that is a slip of a name of that level (characters swapped or one
 * changed: 「一般行政事务管理」 for 一般行政管理事务). A name the catalog does not know at all is not judged here: the
 * built-in catalog does not hold every 款 and 项 (R-CAT-06 reports retired names).
 */
public final class SubjectNamedAsInCatalog extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    private static final Pattern LABELLED = Pattern.compile("([\\p{IsHan}、]{2,30})\\((类|款|项)\\)");
    private static final Map<String, Integer> LENGTH = Map.of("类", 3, "款", 5, "项", 7);
    private static final Map<Integer, String> LEVEL = Map.of(3, "类", 5, "款", 7, "项");

    public SubjectNamedAsInCatalog() {
        super("R-CAT-07", Severity.ERROR, "说明中标注了级次的科目（类/款/项）名称与该年度目录中该级次的名称一致",
                "“一般行政事务管理（项）”应为“一般行政管理事务”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (disclosure.catalog().isEmpty()) {
            return List.of();
        }
        Map<Integer, Set<String>> names = namesByLength(disclosure.catalog().get(), true);
        Map<Integer, Set<String>> known = namesByLength(disclosure.catalog().get(), false);
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            for (String sentence : Sentences.split(text)) {
                Matcher m = LABELLED.matcher(Sentences.fold(sentence).replaceAll("\\s+", ""));
                while (m.find()) {
                    problem(names, known, m.group(1), m.group(2)).ifPresent(message ->
                            findings.add(finding(Locations.sentence(section, sentence), message)));
                }
            }
        });
        return findings;
    }

    /**
     * What is wrong with a labelled name: judged on verified names only, but never reported when the catalog knows the
     * name at that level at all (an unverified name is not evidence of a slip, and not a reason to call it one).
     */
    private static Optional<String> problem(Map<Integer, Set<String>> names, Map<Integer, Set<String>> known, String name, String level) {
        String plain = TableQueries.plain(name);
        int length = LENGTH.get(level);
        if (known.get(length).contains(plain)) {
            return Optional.empty();
        }
        for (int other : List.of(3, 5, 7)) {
            if (other != length && names.get(other).contains(plain)) {
                return Optional.of("“" + name + "”是" + LEVEL.get(other) + "级科目，文中标为（" + level + "）");
            }
        }
        return names.get(length).stream().filter(official -> slipOf(plain, official)).findFirst()
                .map(official -> "“" + name + "（" + level + "）”应为“" + official + "”");
    }

    /** Two characters swapped, or one character changed, in a name long enough that it cannot be another subject. */
    static boolean slipOf(String written, String official) {
        if (written.length() != official.length() || written.length() < 5 || written.equals(official)) {
            return false;
        }
        int differ = 0;
        for (int i = 0; i < written.length(); i++) {
            if (written.charAt(i) != official.charAt(i)) {
                differ++;
            }
        }
        return differ == 1 && written.length() >= 6 || sameCharacters(written, official) && differ <= 4;
    }

    private static boolean sameCharacters(String a, String b) {
        return a.chars().sorted().boxed().toList().equals(b.chars().sorted().boxed().toList());
    }

    private static Map<Integer, Set<String>> namesByLength(YearCatalog catalog, boolean verifiedOnly) {
        Map<Integer, Set<String>> names = new HashMap<>();
        for (int length : List.of(3, 5, 7)) {
            names.put(length, catalog.functionsInForce().entrySet().stream()
                    .filter(e -> e.getKey().length() == length && (!verifiedOnly || e.getValue().verified()))
                    .map(e -> TableQueries.plain(e.getValue().name())).collect(Collectors.toSet()));
        }
        return names;
    }
}
