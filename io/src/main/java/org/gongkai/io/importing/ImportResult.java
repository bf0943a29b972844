package org.gongkai.io.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.recognise.DocumentFacts;
import org.gongkai.io.importing.recognise.ReadTable;
import org.gongkai.io.importing.source.Unparsed;

/**
 * What an import yields: the model, the standard tables as the document prints them (canonical form), what was not
 * understood, every table as read in its own layout and units, and what the document says about itself. A 部门决算
 * also yields its {@link FinalAccounts} ({@code accounts}, null for a budget); its {@code model} is then the accounts'
 * actuals (the 决算数 in the budget's shape), so that whatever reads a model reads either kind.
 */
public record ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed,
                           List<ReadTable> readTables, DocumentFacts facts, FinalAccounts accounts) {

    public ImportResult {
        publishedTables = List.copyOf(publishedTables);
        unparsed = List.copyOf(unparsed);
        readTables = List.copyOf(readTables);
    }

    public ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed,
                        List<ReadTable> readTables, DocumentFacts facts) {
        this(model, publishedTables, unparsed, readTables, facts, null);
    }

    public ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed) {
        this(model, publishedTables, unparsed, List.of(), null, null);
    }

    /** The same import with more that was not read (attachments a page links that were not given). */
    public ImportResult alsoUnparsed(List<Unparsed> more) {
        List<Unparsed> all = new java.util.ArrayList<>(unparsed);
        all.addAll(more);
        return new ImportResult(model, publishedTables, all, readTables, facts, accounts);
    }

    /** A budget (部门预算) or final accounts (部门决算). */
    public DisclosureKind kind() {
        return accounts == null ? DisclosureKind.BUDGET : DisclosureKind.FINAL_ACCOUNTS;
    }

    /** The document as the rules check it: its own tables, and only the tables its region's package includes. */
    public Disclosure disclosure(ClassificationCatalog catalog) {
        Set<StandardTable> expected = EnumSet.copyOf(StandardTable.of(kind()));
        Layouts layouts = Layouts.builtIn();
        layouts.regionOf(model.department().name() + " " + (facts == null || facts.department() == null ? "" : facts.department()), model.year())
                .ifPresent(region -> layouts.omittedTables(region, model.year())
                        .forEach(id -> expected.remove(StandardTable.valueOf(id))));
        Disclosure disclosure = accounts != null
                ? Disclosure.published(accounts, publishedTables, catalog, expected, contents())
                : Disclosure.published(model, publishedTables, catalog, expected, contents());
        return facts == null || facts.level() == null ? disclosure
                : disclosure.atLevel(facts.level());
    }

    /** Which part of a disclosure the document holds: tables, explanation, both, or one or two sections alone. */
    private Disclosure.Contents contents() {
        boolean tables = !publishedTables.isEmpty() || !readTables.isEmpty();
        boolean text = !model.narrative().isEmpty();
        if (facts == null || tables && text) {
            return Disclosure.Contents.WHOLE;
        }
        if (tables) {
            return Disclosure.Contents.TABLES_ONLY;
        }
        return model.narrative().size() <= 2 ? Disclosure.Contents.EXCERPT
                : Disclosure.Contents.EXPLANATION_ONLY;
    }
}
