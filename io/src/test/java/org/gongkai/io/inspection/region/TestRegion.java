package org.gongkai.io.inspection.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Timeliness;

/** The test region of real documents (see src/test/resources/region/README.md), laid out in a folder and inspected. */
final class TestRegion {

    private TestRegion() {
    }

    /** Copies every document of layout.tsv, the roster and the dates into {@code folder}. */
    static Path laidOut(Path folder) {
        try {
            for (String line : resource("/region/layout.tsv").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                Path target = folder.resolve(parts[0]);
                Files.createDirectories(target.getParent());
                try (InputStream in = TestRegion.class.getResourceAsStream(parts[1].strip())) {
                    Files.copy(in, target);
                }
            }
            Files.writeString(folder.resolve("roster.csv"), resource("/region/roster.csv"));
            Files.writeString(folder.resolve("dates.csv"), resource("/region/dates.csv"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InspectionReport inspected(Path folder) {
        laidOut(folder);
        try (Batch batch = Batch.open(folder)) {
            return Inspection.run(batch, Timeliness.read(folder.resolve("dates.csv")), Roster.read(folder.resolve("roster.csv")), 2,
                    (done, total) -> { });
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = TestRegion.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
