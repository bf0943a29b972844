package org.gongkai.io.importing;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * The ruling lines of a PDF page — stroked lines and the thin filled rectangles office suites draw cell borders
 * with — as horizontal and vertical segments in the page's display space (origin top left, y down, the page's
 * rotation applied), the space in which PDFBox places the text.
 */
final class Rulings extends PDFGraphicsStreamEngine {

    /** A segment: horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}. */
    record Segment(float x1, float y1, float x2, float y2) {
        boolean horizontal() {
            return y1 == y2;
        }
    }

    /** Filled rectangles thinner than this are borders; thicker ones are shading and bound nothing. */
    private static final float THIN = 2.5f;

    private final List<Segment> segments = new ArrayList<>();
    private final List<Point2D.Float[]> pending = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D.Float current;
    private Point2D.Float start;
    private final int rotation;
    private final float width;
    private final float height;

    private Rulings(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.rotation = ((page.getRotation() % 360) + 360) % 360;
        this.width = box.getWidth();
        this.height = box.getHeight();
    }

    static List<Segment> of(PDPage page) throws IOException {
        Rulings rulings = new Rulings(page);
        rulings.processPage(page);
        return rulings.segments;
    }

    /** User space (origin bottom left) to display space (origin top left, rotation applied). */
    private Point2D.Float display(Point2D p) {
        float x = (float) p.getX();
        float y = (float) p.getY();
        return switch (rotation) {
            case 90 -> new Point2D.Float(y, x);
            case 180 -> new Point2D.Float(width - x, y);
            case 270 -> new Point2D.Float(height - y, width - x);
            default -> new Point2D.Float(x, height - y);
        };
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Point2D.Float a = display(p0);
        Point2D.Float c = display(p2);
        rectangles.add(new float[] {Math.min(a.x, c.x), Math.min(a.y, c.y), Math.max(a.x, c.x), Math.max(a.y, c.y)});
        Point2D.Float b = display(p1);
        Point2D.Float d = display(p3);
        pending.add(new Point2D.Float[] {a, b});
        pending.add(new Point2D.Float[] {b, c});
        pending.add(new Point2D.Float[] {c, d});
        pending.add(new Point2D.Float[] {d, a});
    }

    @Override
    public void moveTo(float x, float y) {
        current = display(new Point2D.Float(x, y));
        start = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D.Float next = display(new Point2D.Float(x, y));
        if (current != null) {
            pending.add(new Point2D.Float[] {current, next});
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = display(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float() : current;
    }

    @Override
    public void closePath() {
        if (current != null && start != null) {
            pending.add(new Point2D.Float[] {current, start});
            current = start;
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (Point2D.Float[] line : pending) {
            add(line[0], line[1]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                add(new Point2D.Float(r[0], (r[1] + r[3]) / 2), new Point2D.Float(r[2], (r[1] + r[3]) / 2));
            } else if (w <= THIN && h > w) {
                add(new Point2D.Float((r[0] + r[2]) / 2, r[1]), new Point2D.Float((r[0] + r[2]) / 2, r[3]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // A clipping path bounds what is drawn, not a cell: the path that follows (usually "n") discards it.
    }

    @Override
    public void drawImage(PDImage image) {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }

    private void clear() {
        pending.clear();
        rectangles.clear();
        current = null;
        start = null;
    }

    private void add(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= 1f && Math.abs(a.x - b.x) > 1f) {
            float y = (a.y + b.y) / 2;
            segments.add(new Segment(Math.min(a.x, b.x), y, Math.max(a.x, b.x), y));
        } else if (Math.abs(a.x - b.x) <= 1f && Math.abs(a.y - b.y) > 1f) {
            float x = (a.x + b.x) / 2;
            segments.add(new Segment(x, Math.min(a.y, b.y), x, Math.max(a.y, b.y)));
        }
    }
}
