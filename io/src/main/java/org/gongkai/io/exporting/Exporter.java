package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.json.ModelJson;

/** Writes the package of a model in the requested formats into a directory; each file appears whole or not at all. */
public final class Exporter {

    /**
     * The export formats; {@code all} on the command line means every one. Each has the name a citizen knows it by
     * and its file type for the small print; the open-data formats are for reuse rather than reading.
     */
    public enum Format {
        xlsx("Excel 表格", "XLSX", false), docx("Word 文档", "DOCX", false), pdf("PDF 文件", "PDF", false),
        html("网页", "HTML", false), json("完整数据", "JSON", true), csv("逐表数据", "CSV，每表一个文件", true),
        fdp("财政数据包", "Fiscal Data Package", true);

        private final String label;
        private final String fileType;
        private final boolean openData;

        Format(String label, String fileType, boolean openData) {
            this.label = label;
            this.fileType = fileType;
            this.openData = openData;
        }

        public String label() {
            return label;
        }

        public String fileType() {
            return fileType;
        }

        public boolean openData() {
            return openData;
        }
    }

    private Exporter() {
    }

    /** The files written, in order. Data-bound sections the model lacks are drafted first. */
    public static List<Path> export(DepartmentBudget model, Set<Format> formats, Path dir) throws IOException {
        return export(model, formats, dir, null);
    }

    /** As {@link #export(DepartmentBudget, Set, Path)}, the cover dated with the day it was approved or published. */
    public static List<Path> export(DepartmentBudget model, Set<Format> formats, Path dir, java.time.LocalDate dated) throws IOException {
        DepartmentBudget drafted = Drafter.draft(model);
        return write(new Written(PackageContent.of(drafted, ClassificationCatalog.builtIn()).withDate(dated), drafted, ModelJson.write(drafted),
                org.gongkai.core.budget.DisclosureKind.BUDGET, drafted.department().code() + "-" + drafted.year()), formats, dir);
    }

    /** Final accounts in the same formats: the 决算 package, its JSON, and FDP of the 决算数 (phase "executed"). */
    public static List<Path> export(org.gongkai.core.accounts.FinalAccounts accounts, Set<Format> formats, Path dir) throws IOException {
        return export(accounts, formats, dir, null);
    }

    /** Final accounts as {@link #export(DepartmentBudget, Set, Path, java.time.LocalDate)}. */
    public static List<Path> export(org.gongkai.core.accounts.FinalAccounts accounts, Set<Format> formats, Path dir,
                                    java.time.LocalDate dated) throws IOException {
        org.gongkai.core.accounts.FinalAccounts drafted = org.gongkai.core.narrative.AccountsDrafter.draft(accounts,
                ClassificationCatalog.builtIn().forYear(accounts.year()));
        DepartmentBudget actuals = drafted.actuals();
        return write(new Written(PackageContent.of(drafted, ClassificationCatalog.builtIn()).withDate(dated), actuals, ModelJson.write(drafted),
                org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS, actuals.department().code() + "-" + actuals.year() + "-决算"),
                formats, dir);
    }

    /** What every format is written from: the laid-out package, the model's figures, its JSON, its kind and file name. */
    private record Written(PackageContent content, DepartmentBudget figures, String json, org.gongkai.core.budget.DisclosureKind kind,
                           String base) {
    }

    private static List<Path> write(Written what, Set<Format> formats, Path dir) throws IOException {
        Files.createDirectories(dir);
        PackageContent content = what.content();
        String base = what.base();
        List<Path> written = new ArrayList<>();
        for (Format format : EnumSet.copyOf(formats)) {
            switch (format) {
                case xlsx -> written.add(file(dir.resolve(base + ".xlsx"), out -> XlsxWriter.write(content, out)));
                case docx -> written.add(file(dir.resolve(base + ".docx"), out -> DocxWriter.write(content, out)));
                case pdf -> written.add(file(dir.resolve(base + ".pdf"), out -> PdfWriter.write(content, out)));
                case html -> written.add(file(dir.resolve(base + ".html"),
                        out -> out.write(HtmlWriter.write(content).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                case json -> written.add(file(dir.resolve(base + ".json"),
                        out -> out.write(what.json().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                case csv -> {
                    for (PackageContent.Part part : content.parts()) {
                        if (part instanceof PackageContent.Table t) {
                            StatementTable table = t.table();
                            written.add(file(dir.resolve(base + "-表" + table.kind().number() + ".csv"), out -> CsvWriter.write(table, out)));
                        }
                    }
                }
                case fdp -> {
                    Path fdp = dir.resolve(base + "-fdp");
                    FiscalDataPackageWriter.write(what.figures(), what.kind(), fdp);
                    written.add(fdp.resolve("datapackage.json"));
                    written.add(fdp.resolve("budget.csv"));
                }
            }
        }
        return written;
    }

    /** One download: a file's name, its media type and its bytes. */
    public record Download(String filename, String mediaType, byte[] bytes) {
    }

    /**
     * One format as a single download; formats that make several files (CSV: one per table; FDP: descriptor and
     * data) come as one zip of them.
     */
    public static Download download(DepartmentBudget model, Format format) throws IOException {
        return download(model, format, null);
    }

    /** One format as a single download, its cover dated with the day the disclosure was approved or published. */
    public static Download download(DepartmentBudget model, Format format, java.time.LocalDate dated) throws IOException {
        return download(dir -> export(model, EnumSet.of(format), dir, dated), model.department().code() + "-" + model.year() + "-" + format,
                format);
    }

    /** Final accounts as a single download, as {@link #download(DepartmentBudget, Format)}. */
    public static Download download(org.gongkai.core.accounts.FinalAccounts accounts, Format format) throws IOException {
        return download(accounts, format, null);
    }

    /** Final accounts as a single download, dated as {@link #download(DepartmentBudget, Format, java.time.LocalDate)}. */
    public static Download download(org.gongkai.core.accounts.FinalAccounts accounts, Format format, java.time.LocalDate dated)
            throws IOException {
        return download(dir -> export(accounts, EnumSet.of(format), dir, dated),
                accounts.actuals().department().code() + "-" + accounts.year() + "-决算-" + format, format);
    }

    private interface Export {
        List<Path> into(Path dir) throws IOException;
    }

    private static Download download(Export export, String zipBase, Format format) throws IOException {
        Path dir = Files.createTempDirectory("gongkai-export-");
        try {
            List<Path> files = export.into(dir);
            if (files.size() == 1) {
                Path file = files.get(0);
                return new Download(file.getFileName().toString(), mediaType(format), Files.readAllBytes(file));
            }
            return new Download(zipBase + ".zip", "application/zip", zip(files));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static byte[] zip(List<Path> files) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (Path file : files) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String mediaType(Format format) {
        return switch (format) {
            case xlsx -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case docx -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case pdf -> "application/pdf";
            case html -> "text/html;charset=UTF-8";
            case json -> "application/json";
            case csv -> "text/csv;charset=UTF-8";
            case fdp -> "application/zip";
        };
    }

    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // Temporary files are private on POSIX systems only; elsewhere the default permissions already apply.
        }
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Path file(Path target, Writing writing) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".gongkai-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                writing.to(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            readableByAll(target);
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
