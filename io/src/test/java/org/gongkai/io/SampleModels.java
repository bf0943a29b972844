package org.gongkai.io;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.params.provider.Arguments;

/** The three samples' hand-written models and some random valid packages, as test arguments (name, model). */
public final class SampleModels {

    public static final List<String> SAMPLES = List.of("qhd-etdz-affairs-2023", "qhd-etdz-office-2020", "qhd-etdz-approval-2020");

    private SampleModels() {
    }

    public static Stream<Arguments> samplesAndRandom(int randomCount, int lines) throws Exception {
        Stream.Builder<Arguments> models = Stream.builder();
        for (String sample : SAMPLES) {
            Path file = Path.of(SampleModels.class.getResource("/golden/" + sample + "/model.json").toURI());
            models.add(Arguments.of(sample, ModelJson.read(file)));
        }
        for (long seed = 1; seed <= randomCount; seed++) {
            models.add(Arguments.of("random " + seed, ValidPackages.random(seed, lines)));
        }
        return models.build();
    }
}
