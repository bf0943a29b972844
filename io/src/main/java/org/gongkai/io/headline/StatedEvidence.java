package org.gongkai.io.headline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;
import java.util.function.Predicate;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.narrative.ThreePublicPart;

/**
 * The headline figures the explanation states for the document's own year, each with its sentence: the first
 * statement of each subject in the section that speaks of it (an overview's 收入/支出 totals, the 三公 section's parts).
 */
final class StatedEvidence {

    private record Vocabulary(Subject subject, NarrativeSection section, Predicate<Mention> names) {
    }

    private static final List<Vocabulary> VOCABULARY = List.of(
            new Vocabulary(Subject.INCOME_TOTAL, NarrativeSection.OVERVIEW, StatedBudgetFigures.INCOME_TOTAL::names),
            new Vocabulary(Subject.EXPENDITURE_TOTAL, NarrativeSection.OVERVIEW, StatedBudgetFigures.EXPENDITURE_TOTAL::names),
            new Vocabulary(Subject.BASIC, NarrativeSection.OVERVIEW, StatedBudgetFigures.BASIC::names),
            new Vocabulary(Subject.PROJECT, NarrativeSection.OVERVIEW, StatedBudgetFigures.PROJECT::names),
            new Vocabulary(Subject.PERSONNEL, NarrativeSection.OVERVIEW, StatedBudgetFigures.PERSONNEL::names),
            new Vocabulary(Subject.PUBLIC_FUNDS, NarrativeSection.OVERVIEW, StatedBudgetFigures.PUBLIC_FUNDS::names),
            new Vocabulary(Subject.THREE_PUBLIC_TOTAL, NarrativeSection.THREE_PUBLIC, ThreePublicPart.TOTAL::names),
            new Vocabulary(Subject.ABROAD, NarrativeSection.THREE_PUBLIC, ThreePublicPart.ABROAD::names),
            new Vocabulary(Subject.VEHICLE_PURCHASE, NarrativeSection.THREE_PUBLIC, ThreePublicPart.VEHICLE_PURCHASE::names),
            new Vocabulary(Subject.VEHICLE_OPERATION, NarrativeSection.THREE_PUBLIC, ThreePublicPart.VEHICLE_OPERATION::names),
            new Vocabulary(Subject.RECEPTION, NarrativeSection.THREE_PUBLIC, ThreePublicPart.RECEPTION::names),
            new Vocabulary(Subject.OPERATING_COST, NarrativeSection.OPERATING_COST, StatedBudgetFigures.OPERATING_COST::names));

    private static final java.util.regex.Pattern THIS_YEAR_ONLY = java.util.regex.Pattern.compile("本年(收入|支出)(合计|小计)?");

    private StatedEvidence() {
    }

    static List<Evidence> of(DepartmentBudget model, DisclosureKind kind) {
        List<Evidence> found = new ArrayList<>();
        Map<NarrativeSection, List<Mention>> bySection = new java.util.EnumMap<>(NarrativeSection.class);
        for (Vocabulary word : VOCABULARY) {
            List<Mention> mentions = bySection.computeIfAbsent(word.section(), s -> mentions(model, s));
            boolean budgetTotal = kind == DisclosureKind.BUDGET && (word.subject() == Subject.INCOME_TOTAL || word.subject() == Subject.EXPENDITURE_TOTAL);
            mentions.stream()
                    .filter(m -> StatedFigures.money(m, mentions) && (m.year() == null || m.year() == model.year()) && word.names().test(m))
                    // A budget's 本年收入合计 is its 收入总计 without the balance brought forward: a 总计 stated as well comes first.
                    .sorted(java.util.Comparator.comparing(m -> budgetTotal && THIS_YEAR_ONLY.matcher(m.plainLabel()).find()))
                    .map(m -> StatedFigures.ofKind(m, mentions, kind == DisclosureKind.FINAL_ACCOUNTS))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(m -> found.add(new Evidence(word.subject(), Evidence.atLeastTwoDecimals(m.inWanYuan()), Evidence.Source.STATEMENT,
                            "情况说明", "「" + m.sentence().strip() + "」")));
        }
        return found;
    }

    private static List<Mention> mentions(DepartmentBudget model, NarrativeSection section) {
        String text = model.narrative(section);
        return text == null ? List.of() : StatedFigures.extract(section, text);
    }

}
