package org.gongkai.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Time to generate all nine tables (with the catalog check) for a model of N random 项 lines. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TablesBenchmark {

    @Param({"500"})
    int lines;

    private DepartmentBudget budget;
    private ClassificationCatalog catalog;

    @Setup
    public void setUp() {
        catalog = ClassificationCatalog.builtIn();
        budget = Budgets.randomBalanced(20231124L, lines, 2023);
    }

    @Benchmark
    public List<StatementTable> generateNineTables() {
        return StandardTables.generateAll(budget, catalog);
    }
}
