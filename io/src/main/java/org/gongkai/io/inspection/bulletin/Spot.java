package org.gongkai.io.inspection.bulletin;

import java.util.List;

/**
 * Where a finding was found in its document: the page (1-based; 0 when the format has no pages), the place as a
 * reader names it (第 3 页, 第 12 行), the text quoted from there, and the boxes to mark on a PDF page ({x0, y0, x1, y1}).
 */
public record Spot(int page, String where, String quote, List<float[]> boxes) {
}
