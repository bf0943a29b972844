package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The saved county column of the tests (site/mirror on the classpath), copied where a test may change it. */
final class SiteFixtures {

    static final String HOST = "www.qingshan.gov.cn";
    static final String COLUMN = HOST + "/zwgk/czxx/bmys/";
    static final String BUDGET_PAGE = COLUMN + "202401/t20240126_101.html";
    static final String ACCOUNTS_PAGE = COLUMN + "202408/t20240830_102.html";
    static final String PDF_PAGE = COLUMN + "2025/putuo-office.html";

    private SiteFixtures() {
    }

    /** A copy of the mirror folder under {@code into}. */
    static Path mirror(Path into) {
        try {
            Path source = Path.of(SiteFixtures.class.getResource("/site/mirror").toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path target = into.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
