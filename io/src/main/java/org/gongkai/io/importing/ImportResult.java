package org.gongkai.io.importing;

import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.tables.StatementTable;

/**
 * What an import yields: the model, the standard tables as the document prints them (canonical form), what was not
 * understood, every table as read in its own layout and units, and what the document says about itself.
 */
public record ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed,
                           List<ReadTable> readTables, DocumentFacts facts) {

    public ImportResult {
        publishedTables = List.copyOf(publishedTables);
        unparsed = List.copyOf(unparsed);
        readTables = List.copyOf(readTables);
    }

    public ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed) {
        this(model, publishedTables, unparsed, List.of(), null);
    }

    /** The document as the rules check it: its own tables, and only the tables its region's package includes. */
    public org.gongkai.core.rules.Disclosure disclosure(org.gongkai.core.classification.ClassificationCatalog catalog) {
        java.util.Set<org.gongkai.core.tables.StandardTable> expected = java.util.EnumSet.copyOf(
                org.gongkai.core.tables.StandardTable.of(org.gongkai.core.budget.DisclosureKind.BUDGET));
        org.gongkai.core.layout.Layouts layouts = org.gongkai.core.layout.Layouts.builtIn();
        layouts.regionOf(model.department().name() + " " + (facts == null || facts.department() == null ? "" : facts.department()), model.year())
                .ifPresent(region -> layouts.omittedTables(region, model.year())
                        .forEach(id -> expected.remove(org.gongkai.core.tables.StandardTable.valueOf(id))));
        org.gongkai.core.rules.Disclosure disclosure = org.gongkai.core.rules.Disclosure.published(model, publishedTables, catalog, expected,
                contents());
        return facts == null || facts.level() == null ? disclosure
                : disclosure.atLevel(facts.level());
    }

    /** Which part of a disclosure the document holds: tables, explanation, both, or one or two sections alone. */
    private org.gongkai.core.rules.Disclosure.Contents contents() {
        boolean tables = !publishedTables.isEmpty() || !readTables.isEmpty();
        boolean text = !model.narrative().isEmpty();
        if (facts == null || tables && text) {
            return org.gongkai.core.rules.Disclosure.Contents.WHOLE;
        }
        if (tables) {
            return org.gongkai.core.rules.Disclosure.Contents.TABLES_ONLY;
        }
        return model.narrative().size() <= 2 ? org.gongkai.core.rules.Disclosure.Contents.EXCERPT
                : org.gongkai.core.rules.Disclosure.Contents.EXPLANATION_ONLY;
    }
}
