package org.gongkai.io.importing.read;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gongkai.io.importing.source.Cells;

/**
 * Synthetic scans: a page of text lines and a ruled table drawn with Java2D in the CJK font the project ships, as an
 * image, and that image alone wrapped into a PDF with PDFBox — a scan with no text layer, as a scanner makes one.
 */
final class Scans {

    /** A scanner's usual resolution for office documents. */
    static final int DPI = 200;
    private static final int WIDTH = (int) (8.27 * DPI);
    private static final int HEIGHT = (int) (11.69 * DPI);
    private static final String CJK_FONT = "/org/gongkai/io/exporting/fonts/wqy-microhei.ttc";

    private Scans() {
    }

    /** A page: the title lines, then the table's rows in ruled cells whose widths are given in characters. */
    static BufferedImage page(List<String> lines, List<List<String>> table, int[] columnChars) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            int size = DPI * 11 / 72;
            g.setFont(font().deriveFont((float) size));
            int left = DPI * 3 / 4;
            int y = DPI;
            for (String line : lines) {
                g.drawString(line, left, y);
                y += size * 2;
            }
            drawTable(g, table, columnChars, left, y, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawTable(Graphics2D g, List<List<String>> table, int[] columnChars, int left, int top, int size) {
        int rowHeight = size * 2;
        int[] xs = new int[columnChars.length + 1];
        xs[0] = left;
        for (int c = 0; c < columnChars.length; c++) {
            xs[c + 1] = xs[c] + columnChars[c] * size;
        }
        g.setStroke(new BasicStroke(2f));
        for (int r = 0; r <= table.size(); r++) {
            g.drawLine(xs[0], top + r * rowHeight, xs[xs.length - 1], top + r * rowHeight);
        }
        for (int x : xs) {
            g.drawLine(x, top, x, top + table.size() * rowHeight);
        }
        for (int r = 0; r < table.size(); r++) {
            int baseline = top + r * rowHeight + rowHeight * 2 / 3;
            for (int c = 0; c < table.get(r).size(); c++) {
                String cell = table.get(r).get(c);
                boolean amount = Cells.amount(cell).isPresent() && r > 0 && c >= 2;
                // Amounts are right-aligned as in every printed table, text left-aligned.
                int x = amount ? xs[c + 1] - size / 2 - g.getFontMetrics().stringWidth(cell) : xs[c] + size / 2;
                g.drawString(cell, x, baseline);
            }
        }
    }

    /** The image alone on an A4 page: a PDF without any text. */
    static byte[] pdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static Font font() {
        try (InputStream in = Scans.class.getResourceAsStream(CJK_FONT)) {
            return Font.createFonts(in)[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(CJK_FONT + " 不是可用的字体", e);
        }
    }
}
