package org.gongkai.io.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.gongkai.io.importing.source.ImportException;

/**
 * Counts what a DOCX or XLSX holds by streaming its XML parts, before POI builds the document in memory (a workbook
 * of millions of cells costs gigabytes of heap once loaded, but a few kilobytes to count). The count stops as soon as
 * it passes the limit; the parser resolves no DTD or external entity.
 */
public final class OfficeCensus {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private OfficeCensus() {
    }

    /** Refuses a workbook whose sheets hold more cells, or whose shared-string table more strings, than the limit. */
    public static void requireWorkbookWithin(String name, byte[] xlsx, ReadLimits limits) {
        long cells = count(name, xlsx, part -> part.startsWith("xl/worksheets/") && part.endsWith(".xml"), Set.of("c"),
                limits.maxCells());
        limits.requireCells(name, "单元格数", cells);
        long strings = count(name, xlsx, part -> part.equals("xl/sharedStrings.xml"), Set.of("si"), limits.maxCells());
        limits.requireCells(name, "文本单元格数", strings);
    }

    /** Refuses a Word document with more paragraphs and table cells than the limit. */
    public static void requireDocumentWithin(String name, byte[] docx, ReadLimits limits) {
        long blocks = count(name, docx, part -> part.equals("word/document.xml"), Set.of("p", "tc"), limits.maxCells());
        limits.requireCells(name, "段落和表格单元格数", blocks);
    }

    /** Elements of the given local names in the matching parts; stops counting just past {@code stopAfter}. */
    private static long count(String name, byte[] zip, Predicate<String> parts, Set<String> elements, long stopAfter) {
        long count = 0;
        long[] inflated = {0};
        // The zip parser POI itself uses for a document given as bytes, so both see the same parts.
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null && count <= stopAfter; entry = in.getNextEntry()) {
                if (parts.test(entry.getName())) {
                    count += count(name, new Part(name, in, inflated), elements, stopAfter - count);
                }
            }
        } catch (IOException | XMLStreamException e) {
            // POI reads the zip with the same parser, so it fails on this part too, and says why in its own words.
            return count;
        }
        return count;
    }

    private static long count(String name, InputStream part, Set<String> elements, long stopAfter) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(part);
        long count = 0;
        try {
            while (xml.hasNext() && count <= stopAfter) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && elements.contains(xml.getLocalName())) {
                    count++;
                    if (count % 10_000 == 0) {
                        ReadLimits.stopIfInterrupted(name);
                    }
                }
            }
        } finally {
            xml.close();
        }
        return count;
    }

    /** Everything a census inflates, at most what POI itself accepts of one part: a zip bomb stops here. */
    private static final long MAX_INFLATED = 100L * 1024 * 1024;

    /**
     * One part of the zip as the XML parser reads it: counts what is inflated (over all parts) and leaves the zip
     * stream open for the next entry when the parser closes it.
     */
    private static final class Part extends java.io.FilterInputStream {

        private final String name;
        private final long[] inflated;

        Part(String name, InputStream in, long[] inflated) {
            super(in);
            this.name = name;
            this.inflated = inflated;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            inflated[0] += Math.max(0, n);
            if (inflated[0] > MAX_INFLATED) {
                throw new ImportException(name + "：疑似压缩炸弹，解压后的内容远大于文件本身");
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
