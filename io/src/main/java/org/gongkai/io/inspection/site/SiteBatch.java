package org.gongkai.io.inspection.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.io.inspection.Batch;

/** A saved site as an inspection batch: each disclosure found is one document, named by its page, dated by its 发布时间. */
public final class SiteBatch {

    private SiteBatch() {
    }

    /**
     * Whether {@code path} is a saved site rather than a folder of documents: a WARC file, or a folder as wget,
     * HTTrack or {@link SiteFetcher} save one (a top folder named for a host, or HTTrack's hts-cache), or such a folder
     * zipped (at the zip's top or under one enclosing folder).
     */
    public static boolean isSite(Path path) {
        if (Files.isRegularFile(path)) {
            return SavedSite.isWarc(path) || SavedSite.isZip(path) && ZipMirror.isMirror(path);
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        if (Files.isDirectory(path.resolve("hts-cache"))) {
            return true;
        }
        try (var children = Files.list(path)) {
            return children.anyMatch(c -> Files.isDirectory(c) && SiteLinks.hostOf(c.getFileName().toString()) != null);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public static Batch of(DisclosureFinder.Found found) {
        List<Batch.Document> documents = found.disclosures().stream().map(d -> new Batch.Document(d.page(), d)).toList();
        return Batch.of(documents);
    }

    /** The 发布时间 of each disclosure, by its document name, for {@link org.gongkai.io.inspection.Timeliness#withPublished}. */
    public static Map<String, LocalDate> published(DisclosureFinder.Found found) {
        Map<String, LocalDate> dates = new HashMap<>();
        found.disclosures().stream().filter(d -> d.published() != null).forEach(d -> dates.put(d.page(), d.published()));
        return dates;
    }
}
