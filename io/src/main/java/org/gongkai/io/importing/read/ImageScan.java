package org.gongkai.io.importing.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * An image file given to import (PNG, JPEG, TIFF, BMP, GIF; a photographed or scanned page) read by OCR: each image
 * (a TIFF may hold several pages, at most {@link ScannedPages#MAX_PAGES}) decoded in grey, a huge one subsampled and
 * a small one enlarged to the resolution Tesseract reads best, and laid out like a scanned PDF page.
 */
final class ImageScan {

    /** Tesseract reads characters best some 40 pixels high: an A4 page image this long is at 300 dpi. */
    private static final int GOOD_LENGTH = 3500;
    /** A larger image is decoded subsampled: more pixels add no legibility, only memory. */
    private static final long MAX_PIXELS = 25_000_000;
    /** An image declaring more pixels than this (a few bytes can declare a billion) would take minutes to decode. */
    private static final long MAX_DECLARED_PIXELS = 200_000_000;

    private ImageScan() {
    }

    /** Whether the bytes begin like one of the image formats read here. */
    static boolean isImage(byte[] b) {
        return starts(b, 0x89, 'P', 'N', 'G') || starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 'G', 'I', 'F', '8')
                || starts(b, 'B', 'M') && b.length > 26 || starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42);
    }

    static SourceDocument read(String name, byte[] bytes, Tesseract tesseract) throws IOException {
        tesseract.require(name);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImportException(name + "：图片格式无法读取（支持 PNG、JPEG、TIFF、BMP、GIF）");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return read(name, reader, tesseract);
            } finally {
                reader.dispose();
            }
        }
    }

    private static SourceDocument read(String name, ImageReader reader, Tesseract tesseract) throws IOException {
        // Only TIFF holds pages; counting a GIF's frames would decode them all.
        int images = reader.getFormatName().toLowerCase(java.util.Locale.ROOT).startsWith("tif") ? reader.getNumImages(true) : 1;
        int count = Math.min(images, ScannedPages.MAX_PAGES);
        List<Block> blocks = new ArrayList<>();
        List<OcrWord> all = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        Path dir = Files.createTempDirectory("gongkai-image");
        try {
            for (int i = 0; i < count; i++) {
                ReadLimits.stopIfInterrupted(name);
                String where = images == 1 ? "图片" : "第 " + (i + 1) + " 页";
                Path image = dir.resolve("image-" + i + ".pgm");
                Pgm.write(sized(decoded(name, reader, i)), image);
                List<OcrWord> words = tesseract.words(name, where, image);
                all.addAll(words);
                pages.add(i + 1);
                blocks.addAll(OcrLayout.blocks(words, where + OcrReading.MARK));
            }
        } finally {
            Tesseract.deleteAll(dir);
        }
        List<Integer> skipped = java.util.stream.IntStream.rangeClosed(count + 1, images).boxed().toList();
        return new SourceDocument(name, blocks, new OcrReading(pages, skipped, true, all.size(), ScannedPages.confidence(all)));
    }

    /** The image, subsampled when it has more pixels than legibility needs. */
    private static BufferedImage decoded(String name, ImageReader reader, int index) throws IOException {
        long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
        if (pixels > MAX_DECLARED_PIXELS) {
            throw new ImportException(name + "：图片 " + reader.getWidth(index) + "×" + reader.getHeight(index) + " 像素，过大，未读取");
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(index, param);
    }

    /** A small image (a screenshot, a 96 dpi scan) enlarged, in grey. */
    private static BufferedImage sized(BufferedImage image) {
        int length = Math.max(image.getWidth(), image.getHeight());
        double factor = Math.min(3.0, (double) GOOD_LENGTH / Math.max(length, 1));
        BufferedImage grey = Pgm.grey(image);
        if (factor < 1.25) {
            return grey;
        }
        BufferedImage larger = new BufferedImage((int) (grey.getWidth() * factor), (int) (grey.getHeight() * factor), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = larger.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(grey, 0, 0, larger.getWidth(), larger.getHeight(), null);
        } finally {
            g.dispose();
        }
        return larger;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
