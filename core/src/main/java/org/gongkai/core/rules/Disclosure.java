package org.gongkai.core.rules;

import org.gongkai.core.budget.DisclosureKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;

/**
 * What the rules check: the model and the nine tables as published (imported from a document) or as
 * generated from the model, with the year's catalog and the figures its explanation states.
 */
public final class Disclosure {

    private final DepartmentBudget model;
    /** The final accounts this disclosure publishes; null for a budget. */
    private final org.gongkai.core.accounts.FinalAccounts accounts;
    private final Map<StandardTable, StatementTable> tables;
    private final boolean published;
    private final YearCatalog catalog;
    private final List<ModelProblem> catalogProblems;
    private final java.util.Set<StandardTable> expectedTables;
    private final Contents contents;
    private Level level;

    /** Whose budget a published document says it is: a department's (部门预算) or one unit's (单位预算). */
    public enum Level {
        DEPARTMENT("部门"), UNIT("单位");

        private final String chinese;

        Level(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
    private StatedFigures statedFigures;
    private final Map<Indicator, IndicatorValue> indicatorValues = new java.util.HashMap<>();

    /**
     * What a published file holds of a disclosure. Many sites publish the explanation and the tables as two files, or the
     * "三公" explanation as a page of its own: each such part is checked for what it holds and says what it could not check.
     */
    public enum Contents {
        WHOLE(""),
        EXPLANATION_ONLY("只含情况说明，没有公开表：未检查九张公开表及说明与表的核对"),
        TABLES_ONLY("只含公开表，没有情况说明：未检查说明各部分及说明与表的核对"),
        EXCERPT("只含情况说明的一两个部分，没有公开表：未检查其余部分、九张公开表及说明与表的核对");

        private final String notChecked;

        Contents(String notChecked) {
            this.notChecked = notChecked;
        }

        /** What a file of this kind leaves unchecked, in the words a report prints. */
        public String notChecked() {
            return notChecked;
        }

        public boolean hasTables() {
            return this == WHOLE || this == TABLES_ONLY;
        }

        public boolean hasWholeExplanation() {
            return this == WHOLE || this == EXPLANATION_ONLY;
        }
    }

    private Disclosure(DepartmentBudget model, List<StatementTable> tables, boolean published,
                       YearCatalog catalog, List<ModelProblem> catalogProblems) {
        this(model, tables, published, catalog, catalogProblems, java.util.EnumSet.copyOf(StandardTable.of(DisclosureKind.BUDGET)),
                Contents.WHOLE);
    }

    private Disclosure(DepartmentBudget model, List<StatementTable> tables, boolean published,
                       YearCatalog catalog, List<ModelProblem> catalogProblems, java.util.Set<StandardTable> expectedTables,
                       Contents contents) {
        this(model, null, tables, published, catalog, catalogProblems, expectedTables, contents);
    }

    private Disclosure(DepartmentBudget model, org.gongkai.core.accounts.FinalAccounts accounts, List<StatementTable> tables,
                       boolean published, YearCatalog catalog, List<ModelProblem> catalogProblems,
                       java.util.Set<StandardTable> expectedTables, Contents contents) {
        this.accounts = accounts;
        this.contents = contents;
        this.expectedTables = contents.hasTables() ? java.util.Set.copyOf(expectedTables) : java.util.Set.of();
        this.model = model;
        this.tables = new EnumMap<>(StandardTable.class);
        tables.forEach(t -> this.tables.put(t.kind(), t));
        this.published = published;
        this.catalog = catalog;
        this.catalogProblems = List.copyOf(catalogProblems);
    }

    /**
     * A model as Gongkai would publish it: the tables are generated from it. A model whose codes are missing
     * from its year's catalog gets no tables; its catalog problems become findings instead.
     */
    public static Disclosure generated(DepartmentBudget model, ClassificationCatalog catalog) {
        List<ModelProblem> problems = new CatalogConformance(catalog).check(model);
        YearCatalog year = ClassificationCatalog.supports(model.year()) ? catalog.forYear(model.year()) : null;
        List<StatementTable> tables = problems.isEmpty() ? StandardTables.generateAll(model, catalog) : List.of();
        return new Disclosure(model, tables, false, year, problems);
    }

    /** A published document: its own tables (as imported, possibly incomplete) beside the model read from it. */
    public static Disclosure published(DepartmentBudget model, List<StatementTable> tables, ClassificationCatalog catalog) {
        List<ModelProblem> problems = new CatalogConformance(catalog).check(model);
        YearCatalog year = ClassificationCatalog.supports(model.year()) ? catalog.forYear(model.year()) : null;
        return new Disclosure(model, tables, true, year, problems);
    }

    /**
     * A published document of a region whose package leaves some standard tables out (core/layout/regions.tsv): only
     * the others are expected of it.
     */
    public static Disclosure published(DepartmentBudget model, List<StatementTable> tables, ClassificationCatalog catalog,
                                       java.util.Set<StandardTable> expectedTables, Contents contents) {
        List<ModelProblem> problems = new CatalogConformance(catalog).check(model);
        YearCatalog year = ClassificationCatalog.supports(model.year()) ? catalog.forYear(model.year()) : null;
        return new Disclosure(model, tables, true, year, problems, expectedTables, contents);
    }

    /**
     * Final accounts as Gongkai would publish them: the nine 决算 tables generated from the model. A model whose codes
     * are missing from its year's catalog gets no tables; its catalog problems become findings instead.
     */
    public static Disclosure generated(org.gongkai.core.accounts.FinalAccounts accounts, ClassificationCatalog catalog) {
        List<ModelProblem> problems = new CatalogConformance(catalog).check(accounts.actuals());
        YearCatalog year = ClassificationCatalog.supports(accounts.year()) ? catalog.forYear(accounts.year()) : null;
        List<StatementTable> tables = problems.isEmpty()
                ? org.gongkai.core.tables.AccountsTables.generateAll(accounts, catalog) : List.of();
        return new Disclosure(accounts.actuals(), accounts, tables, false, year, problems,
                java.util.EnumSet.copyOf(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS)), Contents.WHOLE);
    }

    /**
     * Published final accounts: the document's own 决算 tables beside the model read from it, expecting the tables its
     * region's package includes.
     */
    public static Disclosure published(org.gongkai.core.accounts.FinalAccounts accounts, List<StatementTable> tables,
                                       ClassificationCatalog catalog, java.util.Set<StandardTable> expectedTables,
                                       Contents contents) {
        List<ModelProblem> problems = new CatalogConformance(catalog).check(accounts.actuals());
        YearCatalog year = ClassificationCatalog.supports(accounts.year()) ? catalog.forYear(accounts.year()) : null;
        return new Disclosure(accounts.actuals(), accounts, tables, true, year, problems, expectedTables, contents);
    }

    private DepartmentBudget publishedBudget;

    /**
     * The same department's published budget of the same year, which final accounts are executed against (their
     * 年初预算数 must be its figures); set by whoever has it (the workflow, an inspection of both).
     */
    public Disclosure againstPublishedBudget(DepartmentBudget budget) {
        this.publishedBudget = budget;
        return this;
    }

    public Optional<DepartmentBudget> publishedBudget() {
        return Optional.ofNullable(publishedBudget);
    }

    /** A budget or final accounts. */
    public DisclosureKind kind() {
        return accounts == null ? DisclosureKind.BUDGET : DisclosureKind.FINAL_ACCOUNTS;
    }

    /** The final accounts, for a 决算; empty for a budget. */
    public Optional<org.gongkai.core.accounts.FinalAccounts> accounts() {
        return Optional.ofNullable(accounts);
    }

    /**
     * A published file that holds only part of a disclosure: it is checked for what it contains, not for the tables and
     * sections it never meant to hold.
     */
    public boolean isPartial() {
        return published && contents != Contents.WHOLE;
    }

    public Contents contents() {
        return contents;
    }

    /** The level the document names itself at, once known (set by the importer that read it). */
    public Disclosure atLevel(Level level) {
        this.level = level;
        return this;
    }

    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    /** The standard tables this disclosure must publish: all nine, unless its region's package omits some. */
    public java.util.Set<StandardTable> expectedTables() {
        return expectedTables;
    }

    public DepartmentBudget model() {
        return model;
    }

    public Optional<StatementTable> table(StandardTable kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public boolean hasTables() {
        return !tables.isEmpty();
    }

    public boolean isPublished() {
        return published;
    }

    public Optional<YearCatalog> catalog() {
        return Optional.ofNullable(catalog);
    }

    public List<ModelProblem> catalogProblems() {
        return catalogProblems;
    }

    /** An indicator's value read once, however many rules look at it. */
    public IndicatorValue valueOf(Indicator indicator) {
        return indicatorValues.computeIfAbsent(indicator, i -> IndicatorValue.parse(i.value()));
    }

    /** The figures the explanation states, extracted once. */
    public StatedFigures statedFigures() {
        if (statedFigures == null) {
            statedFigures = StatedFigures.of(model.narrative());
        }
        return statedFigures;
    }
}
