package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/**
 * A "三公" figure stated for this year or last year equals table 9 (this year) or the model's last-year figures.
 * The year is the one its sentence names ("2022 年三公经费为…").
 */
abstract class ThreePublicStated extends StatedFigureRule {

    private final ThreePublicPart part;

    ThreePublicStated(String id, ThreePublicPart part, String example) {
        super(id, "“三公”经费" + part.chinese() + "（本年及上年）", example, Set.of(NarrativeSection.THREE_PUBLIC),
                part::names);
        this.part = part;
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        DepartmentBudget model = disclosure.model();
        if (thisYear(disclosure, mention)) {
            return model.threePublic().isEmpty() ? Optional.empty()
                    : Optional.ofNullable(part.of(model.figures().threePublic())).or(() -> Optional.of(BigDecimal.ZERO));
        }
        if (mention.year() == model.year() - 1 && model.threePublicLastYear() != null) {
            return Optional.ofNullable(part.of(model.threePublicLastYear()));
        }
        return Optional.empty();
    }
}
