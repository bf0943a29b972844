package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;

/** A site mirror folder (wget --mirror, HTTrack, or {@link SiteFetcher}): its files keyed by their path in it. */
final class MirrorFolder {

    /** More files than a county's whole site holds, fewer than a disk picked by mistake. */
    static final int MAX_FILES = 50_000;
    private static final int MAX_DEPTH = 20;

    private MirrorFolder() {
    }

    static SavedSite read(Path root) {
        Map<String, SiteResource> byKey = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String key = root.relativize(file).toString().replace('\\', '/');
                if (key.startsWith("hts-cache/") || file.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (byKey.size() >= MAX_FILES) {
                    throw new ImportException(root + "：镜像中的文件超过 " + MAX_FILES + " 个，请只选一个网站的公开栏目");
                }
                byKey.put(key, new SiteResource(key, null, Files.size(file), () -> readFile(file)));
            }
        } catch (IOException e) {
            throw new ImportException(root + "：无法读取镜像文件夹（" + e.getMessage() + "）");
        }
        return new SavedSite(root.toString(), byKey, skipped);
    }

    private static byte[] readFile(Path file) throws IOException {
        Documents.requireReadableSize(file.toString(), Files.size(file));
        return Files.readAllBytes(file);
    }
}
