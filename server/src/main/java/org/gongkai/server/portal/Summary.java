package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.narrative.StatedThreePublic;

/** The headline figures of one disclosure, in 万元: what the home page, comparisons and region overviews show. */
public record Summary(BigDecimal total, BigDecimal basic, BigDecimal project, ThreePublicAmounts threePublic,
                      List<ClassAmount> byClass, boolean statedInText) {

    /** Expenditure of one function class (类) with its sections (款). */
    public record ClassAmount(String code, String name, BigDecimal amount, List<ClassAmount> sections) {
    }

    /**
     * From the tables; a document published without tables (only the explanation) is summarised from the figures
     * its text states, and says so.
     */
    static Summary of(DepartmentBudget model) {
        var figures = model.figures();
        boolean tables = !model.expenditures().isEmpty() || !model.incomes().isEmpty();
        ThreePublicAmounts threePublic = !model.threePublic().isEmpty() ? figures.threePublic()
                : StatedThreePublic.forYear(mentions(model, NarrativeSection.THREE_PUBLIC), model.year(), model.year())
                        .orElse(ThreePublicAmounts.NONE);
        if (tables) {
            return new Summary(figures.expenditureTotal(), figures.basic(), figures.project(), threePublic, byClass(model), false);
        }
        List<Mention> overview = mentions(model, NarrativeSection.OVERVIEW);
        return new Summary(StatedBudgetFigures.EXPENDITURE_TOTAL.first(overview).orElse(null),
                StatedBudgetFigures.BASIC.first(overview).orElse(null), StatedBudgetFigures.PROJECT.first(overview).orElse(null),
                threePublic, List.of(), true);
    }

    private static List<Mention> mentions(DepartmentBudget model, NarrativeSection section) {
        String text = model.narrative(section);
        return text == null ? List.of() : StatedFigures.extract(section, text);
    }

    public BigDecimal threePublicTotal() {
        return threePublic.total();
    }

    /** Project spending as a share of the total, in percent with one decimal; null when there is no spending. */
    public BigDecimal projectShare() {
        return percent(project, total);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** The change from {@code before} to {@code after} in percent with one decimal; null when before is zero or unknown. */
    public static BigDecimal change(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0) {
            return null;
        }
        return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    private static List<ClassAmount> byClass(DepartmentBudget model) {
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(model.year());
        Map<String, Map<String, BigDecimal>> classes = new TreeMap<>();
        for (ExpenditureLine line : model.expenditures()) {
            FunctionCode code = line.functionCode();
            classes.computeIfAbsent(code.classCode().value(), c -> new TreeMap<>())
                    .merge(code.sectionCode().value(), line.amount(), BigDecimal::add);
        }
        List<ClassAmount> result = new ArrayList<>();
        classes.forEach((classCode, sections) -> {
            List<ClassAmount> children = new ArrayList<>();
            sections.forEach((section, amount) -> children.add(new ClassAmount(section, catalog.functionName(section),
                    Money.normalize(amount, "amount"), List.of())));
            BigDecimal sum = children.stream().map(ClassAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            result.add(new ClassAmount(classCode, catalog.functionName(classCode), Money.normalize(sum, "amount"), children));
        });
        return result;
    }
}
