package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.gongkai.core.tables.StatementTable;

/**
 * The package as PDF (PDFBox), A4 landscape, printed the way a finance bureau prints a 部门预算公开: a cover, the
 * contents with page numbers, the nine tables, the explanation with its tables, each table ruled (see
 * {@link PdfTable}); "第 N 页 共 M 页" under every page after the cover and the contents. The CJK font (WenQuanYi
 * Micro Hei, Apache-2.0, see fonts/README.md) is embedded as a subset.
 */
public final class PdfWriter {

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PdfCanvas canvas;
    private final List<Entry> contents = new ArrayList<>();
    /** The department's name, as every table's 编制部门 line prints it. */
    private String department;

    /** A contents line: a heading and the page it starts on, counted from the first page after the contents. */
    private record Entry(String text, int level, int page) {
    }

    private PdfWriter() throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream("fonts/wqy-microhei.ttc")) {
            collection = new TrueTypeCollection(in);
        }
        canvas = new PdfCanvas(document, collection.getFontByName("WenQuanYiMicroHei"));
    }

    public static void write(PackageContent content, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter();
        // The font stays open until the subset is written on save.
        try (TrueTypeCollection fonts = writer.collection; PDDocument document = writer.document) {
            writer.department = content.department();
            writer.describe(content);
            writer.body(content);
            int body = document.getNumberOfPages();
            writer.cover(content);
            writer.contentsPages();
            writer.canvas.close();
            writer.frontMatterFirst(body);
            writer.pageNumbers(document.getNumberOfPages() - body, body);
            document.save(out);
        }
    }

    /** The document information a reader's title bar and a library catalogue show: title, department, language. */
    private void describe(PackageContent content) {
        var info = document.getDocumentInformation();
        info.setTitle(content.title());
        info.setAuthor(content.department());
        info.setSubject(content.title());
        info.setCreator("Gongkai");
        document.getDocumentCatalog().setLanguage("zh-CN");
        var preferences = new org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences(
                new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private void body(PackageContent content) throws IOException {
        canvas.newPage();
        List<PackageContent.Part> parts = content.parts();
        for (int i = 0; i < parts.size(); i++) {
            PackageContent.Part part = parts.get(i);
            if (part instanceof PackageContent.Heading h) {
                PackageContent.Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
                heading(h, next instanceof PackageContent.Table, next == null ? 0 : opening(next));
            } else if (part instanceof PackageContent.Paragraph p && p.marker() != null) {
                item(p.marker(), p.text(), 10);
            } else if (part instanceof PackageContent.Paragraph p) {
                paragraph(p.text(), 10);
            } else if (part instanceof PackageContent.Table t) {
                table(t.table());
            } else if (part instanceof PackageContent.Grid g) {
                PdfTable.of(g).draw(canvas);
            }
        }
    }

    /** How much of a part must stand under the heading before it: a table's opening rows, two lines of text. */
    private float opening(PackageContent.Part part) {
        if (part instanceof PackageContent.Grid g) {
            return PdfTable.of(g).opening(canvas);
        }
        if (part instanceof PackageContent.Table t) {
            return 18 + PdfTable.of(t.table()).opening(canvas);
        }
        return 40;
    }

    /**
     * A part (一、二、) starts a page and is centred; so is each of the nine tables' titles. A heading never ends a
     * page: it goes to the next one when the opening of what follows ({@code keep}) would not fit under it.
     */
    private void heading(PackageContent.Heading h, boolean overTable, float keep) throws IOException {
        boolean table = h.level() == 2 && overTable;
        boolean firstTable = table && h.text().startsWith("1、");
        boolean centred = h.level() == 1 || table;
        float size = h.level() == 1 ? 16 : table ? 14 : h.level() == 2 ? 12.5f : 11;
        if (h.level() == 1 && !h.text().startsWith("一、") || table && !firstTable || !canvas.fits(size * 2 + keep)) {
            canvas.newPage();
        }
        if (h.level() <= 2) {
            contents.add(new Entry(h.text(), h.level(), canvas.pages()));
        }
        canvas.down(size * 0.4f);
        for (String line : canvas.fill(h.text(), canvas.width(), size)) {
            float x = centred ? (canvas.left() + canvas.right() - canvas.width(line, size)) / 2 : canvas.left();
            canvas.text(line, x, canvas.top() - canvas.ascent(size), size, true);
            canvas.down(size * 1.6f);
        }
    }

    private void paragraph(String text, float size) throws IOException {
        for (String line : canvas.fill(text, canvas.width(), size)) {
            if (!canvas.fits(size * 1.6f)) {
                canvas.newPage();
            }
            canvas.text(line, canvas.left(), canvas.top() - canvas.ascent(size), size, false);
            canvas.down(size * 1.6f);
        }
        canvas.down(size * 0.4f);
    }

    /**
     * A list item: its marker (「①」, 「1、」, 「·」) hanging at the margin, its text filled beside it and under itself,
     * as a word processor sets a list.
     */
    private void item(String marker, String text, float size) throws IOException {
        float indent = Math.max(canvas.width(marker, size) + size * 0.3f, size * 1.5f);
        List<String> lines = canvas.fill(text, canvas.width() - indent, size);
        for (int i = 0; i < lines.size(); i++) {
            if (!canvas.fits(size * 1.6f)) {
                canvas.newPage();
            }
            float baseline = canvas.top() - canvas.ascent(size);
            if (i == 0) {
                canvas.text(marker, canvas.left(), baseline, size, false);
            }
            canvas.text(lines.get(i), canvas.left() + indent, baseline, size, false);
            canvas.down(size * 1.6f);
        }
        canvas.down(size * 0.4f);
    }

    /** The department line, 预算年度 (决算年度) and 单位 over the table, spread across its width as printed tables have them; the note under it. */
    private void table(StatementTable table) throws IOException {
        float size = 10;
        float baseline = canvas.top() - canvas.ascent(size);
        String year = table.yearLabel();
        String unit = "单位：" + table.unit();
        // The department by its name, as citizens know it; its internal code stays in the data, not on the page.
        canvas.text("编制部门：" + department, canvas.left(), baseline, size, false);
        canvas.text(year, (canvas.left() + canvas.right() - canvas.width(year, size)) / 2, baseline, size, false);
        canvas.text(unit, canvas.right() - canvas.width(unit, size), baseline, size, false);
        canvas.down(size * 1.8f);
        PdfTable.of(table).draw(canvas);
        if (table.note() != null) {
            paragraph(table.note(), 9);
        }
    }

    /**
     * The cover: the department's name, 「N年部门预算」 (「N年度部门决算」) and 「（公开）」 centred in large type, and the
     * month it was approved or published in (「2024年3月」), or room for it (「　　年　　月」) while it is neither.
     */
    private void cover(PackageContent content) throws IOException {
        canvas.newPage();
        canvas.down(PdfCanvas.PAGE.getHeight() * 0.2f);
        centred(content.department(), 28, true);
        canvas.down(8);
        centred(content.year() + (content.finalAccounts() ? "年度部门决算" : "年部门预算"), 28, true);
        canvas.down(14);
        centred("（公开）", 20, false);
        canvas.down(PdfCanvas.PAGE.getHeight() * 0.22f);
        centred(content.dated() == null ? "　　　　年　　月" : content.dated().getYear() + "年" + content.dated().getMonthValue() + "月", 16, false);
    }

    /** Lines centred on the page, a long text wrapped. */
    private void centred(String text, float size, boolean bold) throws IOException {
        for (String line : canvas.wrap(text, canvas.width(), size)) {
            float x = (PdfCanvas.PAGE.getWidth() - canvas.width(line, size)) / 2;
            canvas.text(line, x, canvas.top() - canvas.ascent(size), size, bold);
            canvas.down(size * 1.5f);
        }
    }

    /** 目录: each part and section with dot leaders to its page number, set flush right; as many pages as it takes. */
    private void contentsPages() throws IOException {
        float size = 12;
        canvas.newPage();
        centred("目  录", 18, true);
        canvas.down(12);
        // Lines spread to fill one page, closer when there are many, never closer than one and a half lines.
        float spacing = Math.max(size * 1.5f, Math.min(size * 2, (canvas.top() - PdfCanvas.BOTTOM) / Math.max(1, contents.size())));
        for (Entry entry : contents) {
            if (!canvas.fits(spacing)) {
                canvas.newPage();
            }
            float x = canvas.left() + (entry.level() == 1 ? 0 : 2 * size);
            String number = Integer.toString(entry.page());
            float numberX = canvas.right() - canvas.width(number, size);
            String text = canvas.printable(entry.text()) + " ";
            float dot = canvas.width("·", size);
            int dots = Math.max(3, (int) ((numberX - x - canvas.width(text, size) - dot) / dot));
            float baseline = canvas.top() - canvas.ascent(size);
            canvas.text(text + "·".repeat(dots), x, baseline, size, entry.level() == 1);
            canvas.text(number, numberX, baseline, size, entry.level() == 1);
            canvas.down(spacing);
        }
    }

    /** Moves the cover and contents, written after the body, in front of it. */
    private void frontMatterFirst(int body) {
        List<PDPage> front = new ArrayList<>();
        for (int i = body; i < document.getNumberOfPages(); i++) {
            front.add(document.getPage(i));
        }
        PDPage first = document.getPage(0);
        for (PDPage page : front) {
            document.getPages().remove(page);
            document.getPages().insertBefore(page, first);
        }
    }

    /** "第 N 页 共 M 页" under every page of the body; the cover and the contents go unnumbered. */
    private void pageNumbers(int front, int body) throws IOException {
        for (int i = 0; i < body; i++) {
            PDPage page = document.getPage(front + i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = "第 " + (i + 1) + " 页 共 " + body + " 页";
                footer.beginText();
                footer.setFont(canvas.font(), 9);
                footer.newLineAtOffset((PdfCanvas.PAGE.getWidth() - canvas.width(text, 9)) / 2, 24);
                footer.showText(text);
                footer.endText();
            }
        }
    }
}
