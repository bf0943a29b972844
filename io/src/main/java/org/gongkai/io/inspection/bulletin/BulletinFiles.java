package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.io.inspection.InspectionReport;

/**
 * Writes what a bureau sends out into a folder: 通报.docx, 通报.pdf, 整改清单/&lt;部门&gt;.xlsx and .docx, and
 * 标注/&lt;file&gt;.pdf for every inspected PDF with its findings marked.
 */
public final class BulletinFiles {

    private BulletinFiles() {
    }

    /** The files written, relative to {@code folder}. {@code roster}: the region's roster lines, empty when none. */
    public static List<String> write(InspectionReport report, LocatedFindings.Source source, List<Bulletin.Problem> roster, Path folder)
            throws IOException {
        return write(report, LocatedFindings.of(report, source), source, roster, folder);
    }

    /** As {@link #write(InspectionReport, LocatedFindings.Source, List, Path)}, with the findings already located (the server shows them too). */
    public static List<String> write(InspectionReport report, List<LocatedFindings.Document> documents, LocatedFindings.Source source,
                                     List<Bulletin.Problem> roster, Path folder) throws IOException {
        Bulletin bulletin = Bulletin.of(report, documents, roster);
        List<String> written = new ArrayList<>();
        Files.createDirectories(folder);
        write(folder, "通报.docx", written, out -> BulletinDocx.write(bulletin, out));
        write(folder, "通报.pdf", written, out -> BulletinPdf.write(bulletin, out));
        Set<String> names = new HashSet<>();
        for (LocatedFindings.Document d : documents) {
            String name = unique(names, safe(d.card().departmentName() + "-" + d.card().year() + d.card().kindName()));
            write(folder, "整改清单/" + name + ".xlsx", written, out -> RectificationXlsx.write(d, out));
            write(folder, "整改清单/" + name + ".docx", written, out -> RectificationDocx.write(d, out));
            for (String file : d.files()) {
                byte[] bytes = source.bytes(file);
                if (bytes != null && bytes.length > 4 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                    String marked = unique(names, safe(file.replaceFirst("(?i)\\.pdf$", "")));
                    write(folder, "标注/" + marked + ".pdf", written, out -> MarkedPdf.write(bytes, file, d, out));
                }
            }
        }
        return written;
    }

    /** The folder as one zip, its entries named as in the folder (the server's download). */
    public static void zip(Path folder, List<String> files, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String file : files) {
                zip.putNextEntry(new ZipEntry(file));
                Files.copy(folder.resolve(file), zip);
                zip.closeEntry();
            }
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path folder, String name, List<String> written, Writing writing) throws IOException {
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            writing.to(out);
        }
        written.add(name);
    }

    /** A file name from a department's name or a path: no separators, nothing a file system refuses. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").strip();
        return cleaned.isEmpty() ? "未命名" : cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
