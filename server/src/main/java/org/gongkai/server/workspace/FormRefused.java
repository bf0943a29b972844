package org.gongkai.server.workspace;

import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.core.budget.ModelProblem;

/**
 * A posted form with cells that cannot be read: nothing was saved, and every bad cell is named by its table and row
 * (「支出第 3 行：金额“约300”不是数字」) so the page can keep what was typed and point at each.
 */
final class FormRefused extends IllegalArgumentException {

    private final transient List<ModelProblem> problems;

    FormRefused(List<ModelProblem> problems) {
        super("未保存，请改正以下内容后再保存：\n" + problems.stream().map(p -> "  - " + p.path() + "：" + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    List<ModelProblem> problems() {
        return problems;
    }
}
