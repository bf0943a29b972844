package org.gongkai.server.uploads;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads are spooled to {@code <data dir>/tmp/uploads}, emptied at every start: a file left by an upload that was
 * cut off (a killed connection, a crashed server) does not stay forever in the system's temporary directory.
 */
@Configuration
public class UploadStorage {

    /** Parts up to this size stay in memory; larger ones go to the spool directory. */
    private static final int IN_MEMORY_BYTES = 256 * 1024;

    @Bean
    public MultipartConfigElement multipartConfigElement(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        Path spool = Path.of(dataDir, "tmp", "uploads").toAbsolutePath();
        empty(spool);
        return new MultipartConfigElement(spool.toString(), UploadGate.MAX_BATCH_BYTES, UploadGate.MAX_BATCH_BYTES + 1024 * 1024,
                IN_MEMORY_BYTES);
    }

    /** Creates the directory, or deletes what an earlier run left in it. */
    static void empty(Path spool) throws IOException {
        Files.createDirectories(spool);
        try (Stream<Path> left = Files.walk(spool)) {
            for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(spool)) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
