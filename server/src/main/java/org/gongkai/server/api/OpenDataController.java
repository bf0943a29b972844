package org.gongkai.server.api;

import java.io.ByteArrayOutputStream;
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

    public OpenDataController(Portal portal) {
        this.portal = portal;
    }

    @GetMapping("/portal")
    public PageData.Home home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                              @RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page) {
        return PortalQueries.home(portal.snapshot(), year, region, sort, page);
    }

    @GetMapping("/departments/{code}/{year}")
    public PageData.Department department(@PathVariable String code, @PathVariable int year,
                                          @RequestParam(required = false) Integer version) {
        return PortalQueries.department(portal.snapshot(), code, year, version)
                .orElseThrow(() -> ApiException.notFound("没有 " + code + " " + year + " 年的已公开预算"));
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
    public ResponseEntity<byte[]> bulkCsv(@PathVariable int year) throws IOException {
        List<PublishedDisclosure> all = requireYear(year);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder()
                .setHeader("年度", "部门编码", "部门名称", "版本", "功能分类科目编码", "科目名称", "支出类型", "资金来源", "上年结转", "金额（万元）")
                .get())) {
            for (PublishedDisclosure p : all) {
                var catalog = ClassificationCatalog.builtIn().forYear(year);
                for (ExpenditureLine l : p.model().expenditures()) {
                    csv.printRecord(year, p.departmentCode(), p.departmentName(), p.version(), l.functionCode().value(),
                            catalog.functionName(l.functionCode()), TemplateLabels.KINDS.get(l.kind()),
                            TemplateLabels.SOURCES.get(l.source()), l.carriedOver() ? "是" : "否", l.amount().toPlainString());
                }
            }
        }
        return file(bytes.toByteArray(), "gongkai-" + year + ".csv", "text/csv;charset=UTF-8");
    }

    /** One Fiscal Data Package per department of the year, in one zip. */
    @GetMapping("/bulk/{year}-fdp.zip")
    public ResponseEntity<byte[]> bulkFdp(@PathVariable int year) throws IOException {
        List<PublishedDisclosure> all = requireYear(year);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (PublishedDisclosure p : all) {
                Exporter.Download fdp = Exporter.download(p.model(), Exporter.Format.fdp);
                try (var inner = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(fdp.bytes()))) {
                    for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(p.departmentCode() + "-" + year + "/" + entry.getName()));
                        inner.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
        }
        return file(bytes.toByteArray(), "gongkai-" + year + "-fdp.zip", "application/zip");
    }

    private List<PublishedDisclosure> requireYear(int year) {
        Snapshot snapshot = portal.snapshot();
        List<PublishedDisclosure> all = snapshot.current(year);
        if (all.isEmpty()) {
            throw ApiException.notFound(year + " 年没有已公开的预算");
        }
        return all;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                        .build().toString()).body(bytes);
    }
}
