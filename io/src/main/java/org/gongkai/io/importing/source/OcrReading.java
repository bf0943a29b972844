package org.gongkai.io.importing.source;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which pages of a document were read by OCR (Tesseract's Chinese model) instead of from a text layer, so that what
 * is read from them can be said to be of lower confidence. Every block OCR produced also says so in its place
 * ({@link #isOcr(Block)}: 「第 3 页（OCR）」).
 *
 * @param pages      the pages OCR read (1-based), in order; empty when none was
 * @param skipped    scanned pages left unread because a document may have at most {@link ScannedPages#MAX_PAGES} read
 * @param image      the document was an image file (PNG, JPEG, TIFF, BMP, GIF), not a PDF
 * @param words      how many words OCR read
 * @param confidence Tesseract's mean word confidence, 0–100 (0 when nothing was read)
 */
public record OcrReading(List<Integer> pages, List<Integer> skipped, boolean image, int words, int confidence) {

    /** A document read from its text, no page by OCR. */
    public static final OcrReading NONE = new OcrReading(List.of(), List.of(), false, 0, 0);

    /** What every OCR block's place ends with. */
    public static final String MARK = "（OCR）";

    public OcrReading {
        pages = List.copyOf(pages);
        skipped = List.copyOf(skipped);
    }

    /** Whether any page was read by OCR. */
    public boolean ocr() {
        return !pages.isEmpty();
    }

    /** Whether a block was read by OCR. */
    public static boolean isOcr(Block block) {
        return block.where().endsWith(MARK);
    }

    /** The place of a block OCR read on a page: 「第 3 页（OCR）」. */
    public static String where(int page) {
        return "第 " + page + " 页" + MARK;
    }

    /** 「第 1–7 页由 OCR 识别（平均置信度 91%），数字可能有误」, for a summary to say; empty when nothing was OCR'd. */
    public String chinese() {
        if (!ocr()) {
            return "";
        }
        String said = (image ? "图片" : pageRanges(pages)) + "由 OCR 识别（平均置信度 " + confidence + "%），文字和数字可能有误";
        return skipped.isEmpty() ? said : said + "；" + pageRanges(skipped) + "超过识别上限，未读取";
    }

    /** Several documents read as one: their pages and words together, the confidence weighted by words. */
    public static OcrReading joined(List<OcrReading> parts) {
        List<Integer> pages = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        int words = 0;
        long weighted = 0;
        for (OcrReading part : parts) {
            pages.addAll(part.pages());
            skipped.addAll(part.skipped());
            words += part.words();
            weighted += (long) part.words() * part.confidence();
        }
        boolean image = parts.stream().anyMatch(OcrReading::image);
        return pages.isEmpty() ? NONE : new OcrReading(pages, skipped, image, words, words == 0 ? 0 : (int) (weighted / words));
    }

    /** 「第 1–3、5 页」. */
    public static String pageRanges(List<Integer> pages) {
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i);
            while (i + 1 < pages.size() && pages.get(i + 1) == pages.get(i) + 1) {
                i++;
            }
            ranges.add(start == pages.get(i) ? String.valueOf(start) : start + "–" + pages.get(i));
        }
        return ranges.stream().collect(Collectors.joining("、", "第 ", " 页"));
    }
}
