package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.gongkai.core.rules.Severity;

/**
 * The inspected PDF with each finding marked on its page: a highlight over the quoted text (the finding as its
 * contents) or, where the page is known but not the text's box, a note at the page's top; on the first page a note
 * listing every finding; after the document's own pages, the same list printed (its pages are not renumbered).
 */
public final class MarkedPdf {

    private static final String AUTHOR = "预决算公开检查";

    private MarkedPdf() {
    }

    /** Marks the findings of {@code document} found in {@code file}; the unlocated ones join the first file's list. */
    public static void write(byte[] pdf, String file, LocatedFindings.Document document, OutputStream out) throws IOException {
        boolean first = file.equals(document.files().get(0));
        List<LocatedFindings.Entry> listed = document.entries().stream()
                .filter(e -> e.spot() != null ? e.file().equals(file) && e.page() > 0 : first).toList();
        try (PDDocument pages = Loader.loadPDF(pdf)) {
            for (LocatedFindings.Entry e : listed) {
                if (e.page() > 0 && e.page() <= pages.getNumberOfPages()) {
                    mark(pages, pages.getPage(e.page() - 1), e);
                }
            }
            if (pages.getNumberOfPages() > 0) {
                PDPage cover = pages.getPage(0);
                PDAnnotationText note = note(cover, 0, "检查意见（共 " + listed.size() + " 条）\n" + list(listed));
                note.setOpen(false);
                cover.getAnnotations().add(note);
            }
            try (PdfPages appended = new PdfPages(pages)) {
                appended.newPage();
                appended.centred("检查意见（" + document.card().departmentName() + " · " + file + "）", 14);
                appended.table(new float[] {0.07f, 0.1f, 0.12f, 0.09f, 0.62f}, List.of("序号", "页码", "规则", "严重程度", "问题"),
                        listed.stream().map(e -> List.of(Integer.toString(e.number()), e.page() > 0 ? "第 " + e.page() + " 页" : "页码不详",
                                e.finding().rule(), e.finding().severity().chinese(), e.finding().location() + "：" + e.finding().message()))
                                .toList(), 9);
                appended.finish();
                pages.save(out);
            }
        }
    }

    private static void mark(PDDocument pages, PDPage page, LocatedFindings.Entry e) throws IOException {
        String contents = e.number() + ". [" + e.finding().rule() + "] " + e.finding().severity().chinese() + "：" + e.finding().message();
        List<float[]> boxes = e.spot().boxes();
        if (boxes.isEmpty()) {
            page.getAnnotations().add(note(page, e.number(), contents));
            return;
        }
        PDAnnotationHighlight highlight = new PDAnnotationHighlight();
        float[] quads = new float[boxes.size() * 8];
        float[] union = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        List<float[]> rects = new ArrayList<>(boxes);
        for (int i = 0; i < rects.size(); i++) {
            float[] b = rects.get(i);
            // Quad points: upper left, upper right, lower left, lower right, as readers expect them.
            System.arraycopy(new float[] {b[0], b[3], b[2], b[3], b[0], b[1], b[2], b[1]}, 0, quads, i * 8, 8);
            union = new float[] {Math.min(union[0], b[0]), Math.min(union[1], b[1]), Math.max(union[2], b[2]), Math.max(union[3], b[3])};
        }
        highlight.setQuadPoints(quads);
        highlight.setRectangle(new PDRectangle(union[0], union[1], union[2] - union[0], union[3] - union[1]));
        highlight.setColor(color(e.finding().severity()));
        highlight.setContents(contents);
        highlight.setTitlePopup(AUTHOR);
        highlight.setConstantOpacity(0.45f);
        highlight.constructAppearances(pages);
        page.getAnnotations().add(highlight);
    }

    /** A note at the page's top left, below the ones before it. */
    private static PDAnnotationText note(PDPage page, int number, String contents) {
        PDRectangle box = page.getCropBox();
        float top = box.getUpperRightY() - 24 - (number % 20) * 2;
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(box.getLowerLeftX() + 8, top, 20, 20));
        note.setContents(contents);
        note.setTitlePopup(AUTHOR);
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setColor(new PDColor(new float[] {1f, 0.85f, 0f}, PDDeviceRGB.INSTANCE));
        return note;
    }

    private static PDColor color(Severity severity) {
        float[] rgb = switch (severity) {
            case ERROR -> new float[] {1f, 0.35f, 0.35f};
            case WARNING -> new float[] {1f, 0.85f, 0f};
            case INFO -> new float[] {0.55f, 0.8f, 1f};
        };
        return new PDColor(rgb, PDDeviceRGB.INSTANCE);
    }

    private static String list(List<LocatedFindings.Entry> entries) {
        StringBuilder text = new StringBuilder();
        for (LocatedFindings.Entry e : entries) {
            text.append(e.number()).append(". ").append(e.page() > 0 ? "第 " + e.page() + " 页 " : "页码不详 ").append('[')
                    .append(e.finding().rule()).append("] ").append(e.finding().severity().chinese()).append("：")
                    .append(e.finding().message()).append('\n');
        }
        return text.toString();
    }
}
