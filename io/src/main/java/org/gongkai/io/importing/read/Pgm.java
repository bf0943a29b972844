package org.gongkai.io.importing.read;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A grey image written as binary PGM, the format Tesseract reads without decoding anything: a page rendered at
 * 300 dpi is 9 MB written in a few milliseconds, where PNG would spend a second compressing what is read once.
 */
final class Pgm {

    private Pgm() {
    }

    static void write(BufferedImage image, Path file) throws IOException {
        BufferedImage grey = RulingEraser.erase(grey(image));
        int width = grey.getWidth();
        byte[] row = new byte[width];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + width + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            for (int y = 0; y < grey.getHeight(); y++) {
                grey.getRaster().getDataElements(0, y, width, 1, row);
                out.write(row);
            }
        }
    }

    /** The image in 8-bit grey (a rendered page already is; an image file seldom). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = grey.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
