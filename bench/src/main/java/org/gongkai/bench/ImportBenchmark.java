package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Import and check of the 2023 sample's published text, warm (from bytes, so disk time is not measured). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImportBenchmark {

    private byte[] document;
    private ClassificationCatalog catalog;

    @Setup
    public void setUp() throws IOException {
        document = Files.readAllBytes(Path.of("samples/qhd-etdz-affairs-2023/input.txt"));
        catalog = ClassificationCatalog.builtIn();
    }

    @Benchmark
    public List<Finding> importAndCheckThe2023Sample() {
        ImportResult imported = Interpreter.interpret(Documents.read("input.txt", document));
        return RuleRegistry.check(Disclosure.published(imported.model(), imported.publishedTables(), catalog));
    }
}
