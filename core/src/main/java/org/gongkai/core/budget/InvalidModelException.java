package org.gongkai.core.budget;

import java.util.List;
import java.util.stream.Collectors;

/** A model that cannot be used, with every problem found (not only the first). */
public class InvalidModelException extends RuntimeException {

    private final transient List<ModelProblem> problems;

    public InvalidModelException(String source, List<ModelProblem> problems) {
        this(source, problems, "预算模型");
    }

    /** @param what what the source should have been: 预算模型, 决算模型 */
    public InvalidModelException(String source, List<ModelProblem> problems, String what) {
        super(source + " 不是有效的" + what + "：\n" + problems.stream()
                .map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
