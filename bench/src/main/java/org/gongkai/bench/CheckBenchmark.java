package org.gongkai.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.json.ModelJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Checking the 2023 sample's model with every rule (tables generated, all rules run), warm. Run from the
 * repository root: the model is read from samples/.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {

    private DepartmentBudget model;
    private ClassificationCatalog catalog;

    @Setup
    public void setUp() {
        catalog = ClassificationCatalog.builtIn();
        model = ModelJson.read(Path.of("samples/qhd-etdz-affairs-2023/model.json"));
    }

    @Benchmark
    public List<Finding> checkThe2023Sample() {
        return RuleRegistry.check(Disclosure.generated(model, catalog));
    }
}
