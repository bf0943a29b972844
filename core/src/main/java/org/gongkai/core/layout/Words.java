package org.gongkai.core.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A matching rule of the layout data: alternatives separated by "|", each a set of words joined by "+" that must
 * all occur in the folded text, "-word" for one that must not. An alternative's weight is the length of its
 * required words: the longer (more specific) match wins over a shorter one.
 */
public final class Words {

    private record Alternative(List<String> required, List<String> forbidden) {
        int weight() {
            return required.stream().mapToInt(String::length).sum();
        }
    }

    private final String source;
    private final List<Alternative> alternatives;

    private Words(String source, List<Alternative> alternatives) {
        this.source = source;
        this.alternatives = alternatives;
    }

    public static Words parse(String rule) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String alternative : rule.split("\\|")) {
            List<String> required = new ArrayList<>();
            List<String> forbidden = new ArrayList<>();
            // "a+b-c-d": split before every + or -, keeping the sign with its word.
            for (String word : alternative.strip().split("(?=[+-])")) {
                if (word.startsWith("-")) {
                    forbidden.add(word.substring(1));
                } else if (!word.replace("+", "").isEmpty()) {
                    required.add(word.replace("+", ""));
                }
            }
            if (!required.isEmpty()) {
                alternatives.add(new Alternative(List.copyOf(required), List.copyOf(forbidden)));
            }
        }
        return new Words(rule, List.copyOf(alternatives));
    }

    /** The weight of the best alternative the folded text satisfies; 0 when none does. */
    public int match(String folded) {
        int best = 0;
        for (Alternative alternative : alternatives) {
            if (alternative.required().stream().allMatch(folded::contains)
                    && alternative.forbidden().stream().noneMatch(folded::contains)) {
                best = Math.max(best, alternative.weight());
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return source;
    }
}
