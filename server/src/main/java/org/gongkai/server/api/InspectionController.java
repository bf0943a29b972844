package org.gongkai.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.io.inspection.ReportWriters;
import org.gongkai.server.inspection.InspectionJobs;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Batch inspection for finance bureaus: upload a zip of published documents, or a saved website (WARC, zipped mirror),
 * and optionally the dates table and the region's roster (who must publish),
 * poll its progress, download the report as XLSX, HTML or JSON.
 */
@RestController
@RequestMapping("/api/inspections")
public class InspectionController {

    private final InspectionJobs jobs;

    public InspectionController(InspectionJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> submit(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile zip,
                                                      @RequestPart(value = "dates", required = false) MultipartFile dates,
                                                      @RequestPart(value = "roster", required = false) MultipartFile roster)
            throws IOException {
        requireInspector(caller);
        for (MultipartFile table : new MultipartFile[] {dates, roster}) {
            if (table != null) {
                ApiException.requireDocumentSize(Uploads.nameOf(table), table.getSize());
            }
        }
        InspectionJobs.Job job = jobs.submit(caller.username(), Uploads.nameOf(zip), target -> zip.transferTo(target),
                dates == null ? null : dates.getBytes(), roster == null ? null : roster.getBytes(), roster == null ? null : Uploads.nameOf(roster));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(job));
    }

    @GetMapping
    public List<Map<String, Object>> mine(@AuthenticationPrincipal Caller caller) {
        requireInspector(caller);
        return jobs.of(caller.username()).stream().map(InspectionController::view).toList();
    }

    @GetMapping("/{id}")
    public Map<String, Object> progress(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return view(job(caller, id));
    }

    @GetMapping("/{id}/report.{format}")
    public ResponseEntity<byte[]> report(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String format)
            throws IOException {
        InspectionJobs.Job job = job(caller, id);
        ReportWriters.Format chosen;
        try {
            chosen = ReportWriters.formatOf("report." + format);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        var report = job.report().orElseThrow(() -> ApiException.conflict("检查尚未完成（" + job.done() + "/" + job.total() + "）"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriters.write(report, chosen, out);
        MediaType type = switch (chosen) {
            case xlsx -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case html -> new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
            case json -> MediaType.APPLICATION_JSON;
        };
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("检查报告-" + id + "." + chosen, StandardCharsets.UTF_8).build().toString()).body(out.toByteArray());
    }

    /** 通报, 整改清单 and marked PDFs of a finished job, as one zip. */
    @GetMapping("/{id}/bulletin.zip")
    public ResponseEntity<byte[]> bulletin(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        InspectionJobs.Job job = job(caller, id);
        job.report().orElseThrow(() -> ApiException.conflict("检查尚未完成（" + job.done() + "/" + job.total() + "）"));
        byte[] zip = jobs.bulletin(id).orElseThrow(() -> ApiException.notFound("检查任务 " + id + " 没有生成通报"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip")).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("通报及整改清单-" + id + ".zip", StandardCharsets.UTF_8).build().toString()).body(zip);
    }

    /** A job is its starter's; an administrator may see every one. */
    public InspectionJobs.Job job(Caller caller, long id) {
        requireInspector(caller);
        InspectionJobs.Job job = jobs.find(id).orElseThrow(() -> ApiException.notFound("检查任务 " + id + " 不存在"));
        if (!job.owner().equals(caller.username()) && caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("只能查看自己提交的检查任务");
        }
        return job;
    }

    public static Map<String, Object> view(InspectionJobs.Job job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("file", job.fileName());
        view.put("state", job.state());
        view.put("done", job.done());
        view.put("total", job.total());
        view.put("documentsPerSecond", Math.round(job.rate() * 10) / 10.0);
        view.put("etaSeconds", job.etaSeconds());
        view.put("error", job.error());
        job.report().ifPresent(r -> view.put("summary", r.summary()));
        return view;
    }

    static void requireInspector(Caller caller) {
        if (caller.role() == Role.DEPARTMENT) {
            throw ApiException.forbidden("批量检查供财政审核人员和管理员使用");
        }
    }

}
