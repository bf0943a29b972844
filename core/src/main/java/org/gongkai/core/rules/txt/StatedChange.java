package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/**
 * A statement of change in the explanation ("较上年增加 X 万元", "比 2022 年减少 X 万元"): what it is about,
 * the direction word, the stated amount, and this year's and last year's figures when the model has both.
 */
record StatedChange(Mention mention, String subject, boolean increase, BigDecimal stated, BigDecimal thisYear,
                    BigDecimal lastYear) {

    private static final Pattern WORD = Pattern.compile("(增加|增长|上升|减少|下降|降低|节约|压减)了?$");

    private record Subject(String name, Pattern words, NarrativeSection section,
                           Function<DepartmentBudget, BigDecimal> thisYear, Function<DepartmentBudget, BigDecimal> lastYear) {
    }

    private static final List<Subject> SUBJECTS = List.of(
            threePublic("“三公”经费", "三公", ThreePublicAmounts::total),
            threePublic("因公出国（境）费", "出国", ThreePublicAmounts::abroad),
            threePublic("公务用车购置及运行维护费", "公务用车购置及", ThreePublicAmounts::vehicle),
            threePublic("公务用车购置费", "公务用车购置", ThreePublicAmounts::vehiclePurchase),
            threePublic("公务用车运行维护费", "公务用车运行|运行维护费", ThreePublicAmounts::vehicleOperation),
            threePublic("公务接待费", "接待", ThreePublicAmounts::reception),
            budget("基本支出", "基本支出", m -> m.figures().basic(), PreviousYear::basic),
            budget("项目支出", "项目支出", m -> m.figures().project(), PreviousYear::project),
            budget("收入", "收入", m -> m.figures().incomeTotal(), PreviousYear::incomeTotal),
            budget("部门预算", "预算|支出", m -> m.figures().expenditureTotal(), PreviousYear::expenditureTotal));

    static List<StatedChange> in(Disclosure disclosure) {
        List<StatedChange> changes = new ArrayList<>();
        for (Mention mention : disclosure.statedFigures().all()) {
            Matcher word = WORD.matcher(mention.plainLabel());
            if (!mention.isWanYuan() || !word.find()) {
                continue;
            }
            String about = mention.plainLabel().substring(0, word.start());
            SUBJECTS.stream().filter(s -> s.section() == mention.section() && s.words().matcher(about).find()).findFirst()
                    .flatMap(s -> of(disclosure.model(), mention, s, word.group(1)))
                    .ifPresent(changes::add);
        }
        return changes;
    }

    BigDecimal actual() {
        return thisYear.subtract(lastYear);
    }

    private static Optional<StatedChange> of(DepartmentBudget model, Mention mention, Subject subject, String word) {
        BigDecimal now = subject.thisYear().apply(model);
        BigDecimal before = subject.lastYear().apply(model);
        if (now == null || before == null) {
            return Optional.empty();
        }
        boolean increase = word.equals("增加") || word.equals("增长") || word.equals("上升");
        return Optional.of(new StatedChange(mention, subject.name(), increase, mention.amount(), now, before));
    }

    private static Subject threePublic(String name, String words, Function<ThreePublicAmounts, BigDecimal> part) {
        return new Subject(name, Pattern.compile(words), NarrativeSection.THREE_PUBLIC,
                m -> m.threePublic().isEmpty() ? null : orZero(part.apply(m.figures().threePublic())),
                m -> m.threePublicLastYear() == null ? null : part.apply(m.threePublicLastYear()));
    }

    private static Subject budget(String name, String words, Function<DepartmentBudget, BigDecimal> now,
                                  Function<PreviousYear, BigDecimal> before) {
        return new Subject(name, Pattern.compile(words), NarrativeSection.OVERVIEW,
                m -> m.expenditures().isEmpty() ? null : now.apply(m),
                m -> m.previousYear() == null ? null : before.apply(m.previousYear()));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
