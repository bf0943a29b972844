package org.gongkai.server.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.template.TemplateLabels;
import org.gongkai.server.portal.PageData;
import org.gongkai.server.portal.Portal;
import org.gongkai.server.portal.PortalQueries;
import org.gongkai.server.portal.PublishedDisclosure;
import org.gongkai.server.portal.Snapshot;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Open data: the data of every portal page as JSON, and each year's disclosures in bulk (CSV, Fiscal Data Package). */
@RestController
@RequestMapping("/api/public")
public class OpenDataController {

    private final Portal portal;

    private final org.gongkai.server.portal.PublishedViews views;
    private final java.nio.file.Path bulkDirectory;

    public OpenDataController(Portal portal, org.gongkai.server.portal.PublishedViews views,
                              @org.springframework.beans.factory.annotation.Value("${gongkai.data-dir}") String dataDir)
            throws IOException {
        this.portal = portal;
        this.views = views;
        this.bulkDirectory = java.nio.file.Files.createDirectories(java.nio.file.Path.of(dataDir, "bulk"));
    }

    @GetMapping("/portal")
    public PageData.Home home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                              @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page) {
        return PortalQueries.home(portal.snapshot(), year, region, sort, page);
    }

    /** A department-year's budget (by default) or, with {@code kind=FINAL_ACCOUNTS}, its 决算; a 决算 alone is answered without a kind. */
    @GetMapping("/departments/{code}/{year}")
    public PageData.Department department(@PathVariable String code, @PathVariable int year,
                                          @RequestParam(required = false) Integer version,
                                          @RequestParam(required = false) org.gongkai.core.budget.DisclosureKind kind) {
        return PortalQueries.department(portal.snapshot(), code, year, kind, version)
                .orElseThrow(() -> ApiException.notFound("没有 " + code + " " + year + " 年的已公开" + (kind == null ? "预算或决算" : kind.chinese())));
    }

    /** The department page's 预算执行: its budget against its 决算, by headline figure and function class. */
    @GetMapping("/departments/{code}/{year}/execution")
    public PageData.Execution execution(@PathVariable String code, @PathVariable int year) {
        return PortalQueries.execution(portal.snapshot(), code, year)
                .orElseThrow(() -> ApiException.notFound(code + " " + year + " 年的预算和决算未都公开"));
    }

    @GetMapping("/compare")
    public PageData.Comparison compare(@RequestParam(required = false) String department, @RequestParam(required = false) String a,
                                       @RequestParam(required = false) String b, @RequestParam(required = false) Integer year) {
        return PortalQueries.compare(portal.snapshot(), department, a, b, year)
                .orElseThrow(() -> ApiException.badRequest("请给出 department（历年比较），或 a、b 与 year（两个部门同年比较）"));
    }

    @GetMapping("/regions/{code}")
    public PageData.Region region(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return PortalQueries.region(portal.snapshot(), code, year)
                .orElseThrow(() -> ApiException.notFound("区域 " + code + " 没有已公开的预算"));
    }

    @GetMapping("/search")
    public PageData.Search search(@RequestParam(required = false) String q) {
        return new PageData.Search(q, portal.search(q));
    }

    /** Every expenditure line of every current disclosure of the year, one row each. */
    @GetMapping("/bulk/{year}.csv")
    public ResponseEntity<org.springframework.core.io.Resource> bulkCsv(@PathVariable int year) throws IOException {
        return bulk(year, "gongkai-" + year + ".csv", "text/csv;charset=UTF-8", this::writeCsv);
    }

    /** One Fiscal Data Package per department of the year, in one zip. */
    @GetMapping("/bulk/{year}-fdp.zip")
    public ResponseEntity<org.springframework.core.io.Resource> bulkFdp(@PathVariable int year) throws IOException {
        return bulk(year, "gongkai-" + year + "-fdp.zip", "application/zip", this::writeFdp);
    }

    private interface BulkWriter {
        void write(List<PublishedDisclosure> disclosures, int year, java.io.OutputStream out) throws IOException;
    }

    /**
     * A year's bulk file, written once for the year's current versions and kept on disk under a name that changes
     * when they do (a publication of that year), then streamed: neither its cost nor its size is paid per request.
     */
    private ResponseEntity<org.springframework.core.io.Resource> bulk(int year, String name, String type, BulkWriter writer)
            throws IOException {
        List<PublishedDisclosure> all = requireYear(year);
        long generation = all.stream().mapToLong(p -> p.record().id()).sum() * 31 + all.size();
        java.nio.file.Path file = bulkDirectory.resolve(name + "." + Long.toHexString(generation));
        synchronized (bulkDirectory) {
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Path written = java.nio.file.Files.createTempFile(bulkDirectory, name, ".part");
                try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(written))) {
                    writer.write(all, year, out);
                }
                try (var old = java.nio.file.Files.newDirectoryStream(bulkDirectory, name + ".*")) {
                    for (java.nio.file.Path stale : old) {
                        java.nio.file.Files.deleteIfExists(stale);
                    }
                }
                java.nio.file.Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString())
                .body(new org.springframework.core.io.FileSystemResource(file));
    }

    private void writeCsv(List<PublishedDisclosure> all, int year, java.io.OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder()
                .setHeader("年度", "部门编码", "部门名称", "版本", "功能分类科目编码", "科目名称", "支出类型", "资金来源", "上年结转", "金额（万元）")
                .get());
        var catalog = ClassificationCatalog.builtIn().forYear(year);
        for (PublishedDisclosure p : all) {
            for (ExpenditureLine l : views.model(p.record().id()).expenditures()) {
                csv.printRecord(year, p.departmentCode(), p.departmentName(), p.version(), l.functionCode().value(),
                        catalog.functionName(l.functionCode()), TemplateLabels.KINDS.get(l.kind()),
                        TemplateLabels.SOURCES.get(l.source()), l.carriedOver() ? "是" : "否", l.amount().toPlainString());
            }
        }
        csv.flush();
    }

    private void writeFdp(List<PublishedDisclosure> all, int year, java.io.OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (PublishedDisclosure p : all) {
            Exporter.Download fdp = Exporter.download(views.model(p.record().id()), Exporter.Format.fdp);
            try (var inner = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(fdp.bytes()))) {
                for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(p.departmentCode() + "-" + year + "/" + entry.getName()));
                    inner.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        zip.finish();
    }

    private List<PublishedDisclosure> requireYear(int year) {
        Snapshot snapshot = portal.snapshot();
        List<PublishedDisclosure> all = snapshot.current(year);
        if (all.isEmpty()) {
            throw ApiException.notFound(year + " 年没有已公开的预算");
        }
        return all;
    }
}
