package org.gongkai.io.importing.read;

import org.gongkai.io.importing.source.ImportException;

/**
 * How much one uploaded document may ask of the reader, in one place: the readers, the server's upload handling and
 * the README all use these figures. They are several times what a real disclosure needs (a county department's
 * budget disclosure is 20–80 pages, its workbook a few thousand cells), and small enough that four documents read at
 * once fit in the heap the README states.
 *
 * @param maxBytes         the file itself
 * @param maxPages         pages of a PDF, counted before any text is extracted
 * @param maxCells         cells of a workbook (all sheets) or paragraphs and table cells of a Word document,
 *                         counted by streaming the XML before the document is loaded
 * @param maxGlyphsPerPage characters on one PDF page (a dense A4 page of small print holds about 4,000)
 */
public record ReadLimits(long maxBytes, int maxPages, long maxCells, int maxGlyphsPerPage) {

    /** The limits of every upload and every document of a batch inspection. */
    public static final ReadLimits STANDARD = new ReadLimits(50L * 1024 * 1024, 500, 100_000, 20_000);

    /** "50 MB", as the messages and the README say it. */
    public String maxBytesText() {
        return maxBytes / (1024 * 1024) + " MB";
    }

    /** Refuses a file over {@link #maxBytes} before anything reads it. */
    public void requireBytes(String name, long size) {
        if (size > maxBytes) {
            throw new ImportException(name + "：文件大小 " + size / (1024 * 1024) + " MB，超过 " + maxBytesText() + " 上限，未读取");
        }
    }

    public void requirePages(String name, int pages) {
        if (pages > maxPages) {
            throw new ImportException(name + "：页数 " + pages + " 页，超过 " + maxPages + " 页上限，未读取（预算公开文件通常不超过一百页）");
        }
    }

    public void requireCells(String name, String what, long cells) {
        if (cells > maxCells) {
            throw new ImportException(name + "：" + what + "超过 " + maxCells + " 个上限，未读取（预算公开文件通常只有几千个）");
        }
    }

    public void requireGlyphs(String name, int page, int glyphs) {
        if (glyphs > maxGlyphsPerPage) {
            throw new ImportException(name + "：第 " + page + " 页字符超过 " + maxGlyphsPerPage + " 个上限，未读取");
        }
    }

    /**
     * Stops a read whose thread was interrupted (the batch inspection's per-document time limit cancels it): the
     * readers call this between pages and rows, so a timed-out document does not keep its worker busy.
     */
    public static void stopIfInterrupted(String name) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException(name + "：读取超时，已停止");
        }
    }
}
