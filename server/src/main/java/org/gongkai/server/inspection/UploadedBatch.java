package org.gongkai.server.inspection;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Timeliness;
import org.gongkai.io.inspection.site.DisclosureFinder;
import org.gongkai.io.inspection.site.SiteBatch;

/**
 * An uploaded batch opened as {@code gongkai inspect} opens its input: a WARC file, or a zip holding a saved site mirror,
 * is a saved site (each disclosure page with its attachments one document, dated by its 发布时间); any other zip is a
 * batch of documents.
 */
record UploadedBatch(Batch batch, Timeliness dates, List<String> skipped, boolean site) implements AutoCloseable {

    /** The ending the upload is stored under, so that it is opened as what it is (a WARC is no zip). */
    static String suffix(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc.gz") ? ".warc.gz" : lower.endsWith(".warc") ? ".warc" : ".zip";
    }

    /** {@code dates}: the dates table's; a site's 发布时间 fills the publication dates it does not give. */
    static UploadedBatch open(Path file, Timeliness dates) {
        if (SiteBatch.isSite(file)) {
            DisclosureFinder.Found found = DisclosureFinder.find(file);
            return new UploadedBatch(SiteBatch.of(found), dates.withPublished(SiteBatch.published(found)), found.skipped(), true);
        }
        return new UploadedBatch(Batch.open(file), dates, List.of(), false);
    }

    @Override
    public void close() {
        batch.close();
    }
}
