package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.core.rules.Finding;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Scorecard;

/**
 * Every finding of a report found again in its document: the page, the quote and the boxes to mark. A document is
 * read again for this (a PDF with PDFBox, any other format by the importer's readers); a finding whose place is not
 * found keeps its location and no page.
 */
public final class LocatedFindings {

    /** The bytes of a batch's document by its name in the batch; {@code null} when the batch has no such file. */
    public interface Source {
        byte[] bytes(String name) throws IOException;

        /** The documents of a batch, by their names in it. */
        static Source of(org.gongkai.io.inspection.Batch batch) {
            java.util.Map<String, org.gongkai.io.inspection.Batch.Document> byName = new java.util.HashMap<>();
            batch.documents().forEach(d -> byName.put(d.name(), d));
            return name -> byName.containsKey(name) ? byName.get(name).bytes() : null;
        }
    }

    /** One finding, numbered within its document (序号), with where it was found (or {@code null}). */
    public record Entry(int number, Finding finding, String file, Spot spot, String expected) {

        /** 1-based; 0 when not known or the format has no pages. */
        public int page() {
            return spot == null ? 0 : spot.page();
        }

        /**
         * 页码/位置 as a reader looks it up: the page (or block) where found, then the rule's own location without the
         * sentence it quotes (that is the 原文摘录 beside it).
         */
        public String where() {
            String place = spot == null ? "" : spot.where() + " · ";
            String location = finding.location() == null ? "" : finding.location();
            return place + (quote().isEmpty() ? location : location.replaceAll("「[^」]*」", "").strip());
        }

        /** 原文摘录: the text found there; for a sentence not found, the sentence the rule quoted. */
        public String quote() {
            if (spot != null) {
                return spot.quote();
            }
            String location = finding.location() == null ? "" : finding.location();
            int open = location.indexOf('「');
            int close = location.lastIndexOf('」');
            return open >= 0 && close > open ? location.substring(open + 1, close) : "";
        }
    }

    /** A checked document: its scorecard, the files it was read from (two for a joined disclosure) and its findings. */
    public record Document(Scorecard card, List<String> files, List<Entry> entries) {

        public boolean isPdf(String file) {
            return file.toLowerCase(Locale.ROOT).endsWith(".pdf");
        }
    }

    private LocatedFindings() {
    }

    /** The checked documents of the report (not duplicates, not the parts of a joined one), each with its findings. */
    public static List<Document> of(InspectionReport report, Source source) {
        List<Document> documents = new ArrayList<>();
        for (Scorecard card : report.documents()) {
            if (card.status() == Scorecard.Status.CHECKED) {
                documents.add(document(card, source));
            }
        }
        return documents;
    }

    static Document document(Scorecard card, Source source) {
        List<String> files = List.of(card.file().split(" \\+ "));
        List<String> names = new ArrayList<>();
        List<Locator> locators = new ArrayList<>();
        for (String file : files) {
            names.add(file);
            locators.add(new Locator(text(file, source)));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < card.findings().size(); i++) {
            Finding finding = card.findings().get(i);
            Spot spot = null;
            String file = files.get(0);
            for (int p = 0; p < locators.size() && spot == null; p++) {
                Optional<Spot> found = locators.get(p).locate(finding);
                if (found.isPresent()) {
                    spot = found.get();
                    file = names.get(p);
                }
            }
            entries.add(new Entry(i + 1, finding, file, spot, Expected.of(finding)));
        }
        return new Document(card, files, List.copyOf(entries));
    }

    /** A document's text; one that cannot be read again is searched as empty (every finding goes to the note list). */
    private static DocumentText text(String file, Source source) {
        try {
            byte[] bytes = source.bytes(file);
            if (bytes == null) {
                return DocumentText.empty();
            }
            if (bytes.length > 4 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return DocumentText.ofPdf(bytes);
            }
            return DocumentText.ofSource(Documents.read(file, bytes));
        } catch (IOException | RuntimeException e) {
            return DocumentText.empty();
        }
    }
}
