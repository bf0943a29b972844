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
}
