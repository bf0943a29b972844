package org.gongkai.core.budget;

import java.util.List;
import java.util.stream.Collectors;

/** A model that cannot be used, with every problem found (not only the first). */
public class InvalidModelException extends RuntimeException {

    private final transient List<ModelProblem> problems;

    public InvalidModelException(String source, List<ModelProblem> problems) {
        super(source + " 不是有效的预算模型：\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
