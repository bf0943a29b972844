package org.gongkai.io.importing.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;

/**
 * The scanned pages of a PDF — an image and (almost) no text layer — found, rendered in grey at 300 dpi and read by
 * OCR. At most {@link #MAX_PAGES} pages are read; the others are listed as skipped.
 */
final class ScannedPages {

    /** A scanned disclosure of 20–40 pages is read whole (about 2.5 s a page); beyond that a scan is not read on. */
    static final int MAX_PAGES = 40;
    /** Fewer glyphs than this are a scanner's watermark or a page number, not a text layer. */
    static final int FEW_GLYPHS = 20;
    private static final float DPI = 300f;
    /** An image of fewer pixels is a logo or a seal, not a scanned page (a 96 dpi A4 scan has 890,000). */
    private static final long SCAN_PIXELS = 100_000;
    /** A page rendered larger than this (a poster-sized page) is rendered at a lower resolution. */
    private static final long MAX_RENDERED_PIXELS = 40_000_000;
    /** An embedded image larger than this would take gigabytes to decode. */
    private static final long MAX_IMAGE_PIXELS = 150_000_000;

    /** The pages OCR read, with their blocks, and what is said about the reading. */
    record Read(Map<Integer, List<Block>> blocks, OcrReading reading) {
        static final Read NONE = new Read(Map.of(), OcrReading.NONE);

        boolean scanned(int page) {
            return blocks.containsKey(page);
        }
    }

    private ScannedPages() {
    }

    /** Finds the scanned pages ({@code glyphs}: the text layer's glyphs on each page, in order) and reads them by OCR. */
    static Read read(String name, PDDocument document, List<Integer> glyphs, Tesseract tesseract) throws IOException {
        List<Integer> scans = new ArrayList<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            if (number <= glyphs.size() && glyphs.get(number - 1) < FEW_GLYPHS && largestImage(name, number, page.getResources(), 0) >= SCAN_PIXELS) {
                scans.add(number);
            }
        }
        if (scans.isEmpty()) {
            return Read.NONE;
        }
        tesseract.require(name);
        return ocr(name, document, scans, tesseract);
    }

    private static Read ocr(String name, PDDocument document, List<Integer> scans, Tesseract tesseract) throws IOException {
        List<Integer> read = scans.subList(0, Math.min(MAX_PAGES, scans.size()));
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setSubsamplingAllowed(true);
        Map<Integer, List<Block>> blocks = new LinkedHashMap<>();
        List<OcrWord> all = new ArrayList<>();
        Path dir = Files.createTempDirectory("gongkai-scan");
        try {
            for (int page : read) {
                ReadLimits.stopIfInterrupted(name);
                Path image = dir.resolve("page-" + page + ".pgm");
                Pgm.write(render(renderer, document.getPage(page - 1), page - 1), image);
                List<OcrWord> words = tesseract.words(name, "第 " + page + " 页", image);
                Files.delete(image);
                all.addAll(words);
                blocks.put(page, OcrLayout.blocks(words, OcrReading.where(page)));
            }
        } finally {
            Tesseract.deleteAll(dir);
        }
        return new Read(blocks, new OcrReading(read, scans.subList(read.size(), scans.size()), false, all.size(), confidence(all)));
    }

    private static BufferedImage render(PDFRenderer renderer, PDPage page, int index) throws IOException {
        PDRectangle box = page.getCropBox();
        double points = (double) box.getWidth() * box.getHeight();
        float scale = (float) Math.min(DPI / 72f, Math.sqrt(MAX_RENDERED_PIXELS / Math.max(points, 1)));
        return renderer.renderImage(index, scale, ImageType.GRAY);
    }

    /** Tesseract's mean word confidence, 0–100. */
    static int confidence(List<OcrWord> words) {
        return (int) Math.round(words.stream().mapToDouble(OcrWord::confidence).average().orElse(0));
    }

    /** The pixels of the largest image a page (or a form it draws, three deep) holds; refuses an image too large to decode. */
    private static long largestImage(String name, int page, PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) {
            return 0;
        }
        long largest = 0;
        for (COSName xobject : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(xobject);
            long pixels = 0;
            if (object instanceof PDImageXObject image) {
                pixels = (long) image.getWidth() * image.getHeight();
                if (pixels > MAX_IMAGE_PIXELS) {
                    throw new ImportException(name + "：第 " + page + " 页的图像 " + image.getWidth() + "×" + image.getHeight()
                            + " 像素，过大，未读取");
                }
            } else if (object instanceof PDFormXObject form) {
                pixels = largestImage(name, page, form.getResources(), depth + 1);
            }
            largest = Math.max(largest, pixels);
        }
        return largest;
    }
}
