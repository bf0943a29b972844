package org.gongkai.io.inspection.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Unparsed;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.intake.Intake;

/**
 * One disclosure found on a saved site: its page, the attachments the page links that the site holds, its 发布时间
 * (null when the page gives none) and the linked attachments not taken, each with its reason.
 */
public record SiteDisclosure(String page, String title, LocalDate published, List<SiteResource> attachments, List<String> notTaken,
                             SiteResource pageFile) implements Batch.Joined {

    public List<String> attachmentKeys() {
        return attachments.stream().map(SiteResource::key).toList();
    }

    /** All the files' bytes one after another: the same disclosure saved twice has the same bytes. */
    @Override
    public byte[] read() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(pageFile.bytes());
        for (SiteResource attachment : attachments) {
            try {
                all.write(attachment.bytes());
            } catch (ImportException tooLarge) {
                // Reported when read as a part; the duplicate check goes by what can be read.
            }
        }
        return all.toByteArray();
    }

    /**
     * The page and its attachments read as one document, in the order the page links them. An attachment that cannot
     * be read is listed among what was not read, with its reason; the page itself must be readable.
     */
    @Override
    public Intake.Result readJoined(String name) {
        List<SourceDocument> parts = new ArrayList<>();
        List<Unparsed> notRead = new ArrayList<>();
        parts.add(Documents.read(pageFile.fileName(), bytesOf(pageFile)));
        for (SiteResource attachment : attachments) {
            try {
                parts.add(Documents.read(attachment.fileName(), bytesOf(attachment)));
            } catch (ImportException e) {
                notRead.add(new Unparsed(attachment.key(), attachment.fileName(), e.getMessage()));
            }
        }
        notTaken.forEach(reason -> notRead.add(new Unparsed(page, "", reason)));
        ImportResult imported = Interpreter.interpret(parts.size() == 1 ? parts.get(0) : Documents.joined(parts));
        if (!notRead.isEmpty()) {
            imported = imported.alsoUnparsed(notRead);
        }
        return new Intake.Result(imported.model(), Intake.Kind.PUBLISHED_DOCUMENT, imported.publishedTables(), imported.unparsed(),
                imported, parts.size() == 1 ? parts.get(0) : Documents.joined(parts), imported.accounts());
    }

    private static byte[] bytesOf(SiteResource file) {
        try {
            return file.bytes();
        } catch (IOException e) {
            throw new ImportException(file.key() + "：无法读取文件（" + e.getMessage() + "）");
        }
    }
}
