package org.gongkai.io.importing.read;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The ruling lines of a PDF page — stroked lines and the thin filled rectangles or quadrilaterals office suites draw
 * cell borders with — as horizontal and vertical segments in the page's display space (origin top left, y down, the page's
 * rotation applied), the space in which PDFBox places the text. The path operators are added to the text pass
 * ({@link #install}), so each page's content is parsed once. Public so that the exporters' tests can see where a
 * written PDF draws its rules.
 */
public final class Rulings {

    /** A segment: horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}. */
    public record Segment(float x1, float y1, float x2, float y2) {
        public boolean horizontal() {
            return y1 == y2;
        }
    }

    /** Filled shapes thinner than this are borders; thicker ones are shading and bound nothing. */
    private static final float THIN = 2.5f;

    private final PDFStreamEngine engine;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Point2D.Float[]> pending = new ArrayList<>();
    private final List<Subpath> subpaths = new ArrayList<>();
    private Point2D.Float current;
    private Point2D.Float start;
    private int rotation;
    private float width;
    private float height;

    private Rulings(PDFStreamEngine engine) {
        this.engine = engine;
    }

    /** Adds the path operators to a text-extracting engine; the returned collector gathers each page's rulings. */
    public static Rulings install(PDFStreamEngine engine) {
        Rulings rulings = new Rulings(engine);
        rulings.add(engine, "m", (r, n) -> r.moveTo(n[0], n[1]), 2);
        rulings.add(engine, "l", (r, n) -> r.lineTo(n[0], n[1]), 2);
        rulings.add(engine, "c", (r, n) -> r.jumpTo(n[4], n[5]), 6);
        rulings.add(engine, "v", (r, n) -> r.jumpTo(n[2], n[3]), 4);
        rulings.add(engine, "y", (r, n) -> r.jumpTo(n[2], n[3]), 4);
        rulings.add(engine, "re", (r, n) -> r.rectangle(n[0], n[1], n[2], n[3]), 4);
        rulings.add(engine, "h", (r, n) -> r.closePath(), 0);
        for (String stroke : List.of("S", "B", "B*")) {
            rulings.add(engine, stroke, (r, n) -> r.stroke(), 0);
        }
        rulings.add(engine, "s", (r, n) -> {
            r.closePath();
            r.stroke();
        }, 0);
        for (String close : List.of("b", "b*")) {
            rulings.add(engine, close, (r, n) -> {
                r.closePath();
                r.stroke();
            }, 0);
        }
        for (String fill : List.of("f", "F", "f*")) {
            rulings.add(engine, fill, (r, n) -> r.fill(), 0);
        }
        rulings.add(engine, "n", (r, n) -> r.clear(), 0);
        return rulings;
    }

    /** Starts a page: its rotation and size place the segments in display space. */
    public void startPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        rotation = ((page.getRotation() % 360) + 360) % 360;
        width = box.getWidth();
        height = box.getHeight();
        segments.clear();
        clear();
    }

    /** The page's segments so far. */
    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    private interface Action {
        void apply(Rulings rulings, float[] numbers);
    }

    private void add(PDFStreamEngine engine, String name, Action action, int operands) {
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> arguments) {
                if (arguments.size() < operands) {
                    return;
                }
                float[] numbers = new float[operands];
                for (int i = 0; i < operands; i++) {
                    if (!(arguments.get(i) instanceof COSNumber number)) {
                        return;
                    }
                    numbers[i] = number.floatValue();
                }
                action.apply(Rulings.this, numbers);
            }

            @Override
            public String getName() {
                return name;
            }
        });
    }

    /** User space through the current transformation, then to display space (origin top left, rotation applied). */
    private Point2D.Float display(float ux, float uy) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(ux, uy);
        return switch (rotation) {
            case 90 -> new Point2D.Float(p.y, p.x);
            case 180 -> new Point2D.Float(width - p.x, p.y);
            case 270 -> new Point2D.Float(height - p.y, width - p.x);
            default -> new Point2D.Float(p.x, height - p.y);
        };
    }

    /**
     * One subpath as filled: its corners, and whether a curve is part of it (a curved shape is a glyph or a seal,
     * never a border).
     */
    private static final class Subpath {
        final List<Point2D.Float> corners = new ArrayList<>();
        boolean curved;

        Subpath(Point2D.Float first) {
            corners.add(first);
        }
    }

    private void moveTo(float x, float y) {
        current = display(x, y);
        start = current;
        subpaths.add(new Subpath(current));
    }

    private void lineTo(float x, float y) {
        Point2D.Float next = display(x, y);
        if (current != null) {
            pending.add(new Point2D.Float[] {current, next});
            if (subpaths.isEmpty()) {
                subpaths.add(new Subpath(current));
            }
            subpaths.get(subpaths.size() - 1).corners.add(next);
        }
        current = next;
    }

    private void jumpTo(float x, float y) {
        current = display(x, y);
        if (!subpaths.isEmpty()) {
            subpaths.get(subpaths.size() - 1).curved = true;
        }
    }

    private void rectangle(float x, float y, float w, float h) {
        Point2D.Float a = display(x, y);
        Point2D.Float b = display(x + w, y);
        Point2D.Float c = display(x + w, y + h);
        Point2D.Float d = display(x, y + h);
        Subpath rectangle = new Subpath(a);
        rectangle.corners.addAll(List.of(b, c, d));
        subpaths.add(rectangle);
        pending.add(new Point2D.Float[] {a, b});
        pending.add(new Point2D.Float[] {b, c});
        pending.add(new Point2D.Float[] {c, d});
        pending.add(new Point2D.Float[] {d, a});
        current = a;
        start = a;
    }

    private void closePath() {
        if (current != null && start != null) {
            pending.add(new Point2D.Float[] {current, start});
            current = start;
        }
    }

    private void stroke() {
        for (Point2D.Float[] line : pending) {
            addSegment(line[0], line[1]);
        }
        clear();
    }

    /**
     * A filled shape thin in one direction is a border, whether drawn as a rectangle ({@code re}) or as a polygon of
     * lines ({@code m l l l h f}: some generators draw every cell border as a thin quadrilateral with mitred ends).
     */
    private void fill() {
        for (Subpath subpath : subpaths) {
            if (subpath.curved || subpath.corners.size() < 2) {
                continue;
            }
            float[] r = bounds(subpath.corners);
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                addSegment(new Point2D.Float(r[0], (r[1] + r[3]) / 2), new Point2D.Float(r[2], (r[1] + r[3]) / 2));
            } else if (w <= THIN && h > w) {
                addSegment(new Point2D.Float((r[0] + r[2]) / 2, r[1]), new Point2D.Float((r[0] + r[2]) / 2, r[3]));
            }
        }
        clear();
    }

    /** The bounding box (left, top, right, bottom) of a subpath's corners. */
    private static float[] bounds(List<Point2D.Float> corners) {
        float[] r = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (Point2D.Float p : corners) {
            r[0] = Math.min(r[0], p.x);
            r[1] = Math.min(r[1], p.y);
            r[2] = Math.max(r[2], p.x);
            r[3] = Math.max(r[3], p.y);
        }
        return r;
    }

    private void clear() {
        pending.clear();
        subpaths.clear();
        current = null;
        start = null;
    }

    private void addSegment(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= 1f && Math.abs(a.x - b.x) > 1f) {
            float y = (a.y + b.y) / 2;
            segments.add(new Segment(Math.min(a.x, b.x), y, Math.max(a.x, b.x), y));
        } else if (Math.abs(a.x - b.x) <= 1f && Math.abs(a.y - b.y) > 1f) {
            float x = (a.x + b.x) / 2;
            segments.add(new Segment(x, Math.min(a.y, b.y), x, Math.max(a.y, b.y)));
        }
    }
}
