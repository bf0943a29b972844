package org.gongkai.core.classification;

import java.util.List;

/** An official catalog file refused as a whole: every problem found, each naming its line. Nothing of it is kept. */
public final class InvalidCatalog extends IllegalArgumentException {

    /** How many problems a message lists before it only counts the rest. */
    private static final int SHOWN = 20;

    private final List<String> problems;

    public InvalidCatalog(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder text = new StringBuilder(source).append("：目录文件有 ").append(problems.size())
                .append(" 处问题，未载入任何内容");
        problems.stream().limit(SHOWN).forEach(p -> text.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            text.append("\n  …等共 ").append(problems.size()).append(" 处");
        }
        return text.toString();
    }
}
