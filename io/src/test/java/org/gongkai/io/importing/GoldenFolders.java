package org.gongkai.io.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The golden folders of a test resource (each with a golden.json typed by reading), and the import of one. */
final class GoldenFolders {

    private GoldenFolders() {
    }

    /** The folder of a test resource, e.g. "/corpus" or "/final-accounts". */
    static Path of(String resource) throws URISyntaxException {
        return Path.of(GoldenFolders.class.getResource(resource).toURI());
    }

    /** The names of the folders below it that hold a golden.json, in order. */
    static Stream<String> names(String resource) throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(of(resource))) {
            return dirs.filter(d -> Files.exists(d.resolve("golden.json"))).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** A golden folder: what a person typed by reading its files, and what importing them together gives. */
    record Golden(JsonNode json, ImportResult imported) {
    }

    /** The golden of folder {@code id} under the resource, and its files imported together as one disclosure. */
    static Golden read(String resource, String id) throws IOException, URISyntaxException {
        Path dir = of(resource).resolve(id);
        JsonNode golden = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("golden.json").toFile());
        List<Path> files = new ArrayList<>();
        golden.get("files").forEach(f -> files.add(dir.resolve(f.asText())));
        return new Golden(golden, Documents.importFiles(files));
    }
}
