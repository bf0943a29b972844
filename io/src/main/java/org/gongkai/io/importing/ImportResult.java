package org.gongkai.io.importing;

import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.tables.StatementTable;

/** What an import yields: the model, the standard tables as the document prints them, and what was not understood. */
public record ImportResult(DepartmentBudget model, List<StatementTable> publishedTables, List<Unparsed> unparsed) {

    public ImportResult {
        publishedTables = List.copyOf(publishedTables);
        unparsed = List.copyOf(unparsed);
    }
}
