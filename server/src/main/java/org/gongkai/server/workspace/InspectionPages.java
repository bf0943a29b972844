package org.gongkai.server.workspace;

import java.io.IOException;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.api.InspectionController;
import org.gongkai.server.inspection.InspectionJobs;
import org.gongkai.server.inspection.RegionSections;
import org.gongkai.server.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The batch inspection pages: upload a zip or a saved website with the roster and dates, watch it run (the page
 * refreshes itself), read the region's findings and each document's report, download the reports and the 通报.
 */
@Controller
@RequestMapping("/work/inspect")
public class InspectionPages {

    private final InspectionJobs jobs;
    private final InspectionController api;

    public InspectionPages(InspectionJobs jobs, InspectionController api) {
        this.jobs = jobs;
        this.api = api;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal Caller caller, Model page) {
        page.addAttribute("jobs", api.mine(caller));
        return "work/inspect";
    }

    @PostMapping
    public String submit(@AuthenticationPrincipal Caller caller, @RequestParam("file") MultipartFile zip,
                         @RequestParam(value = "dates", required = false) MultipartFile dates,
                         @RequestParam(value = "roster", required = false) MultipartFile roster, RedirectAttributes flash) {
        try {
            var created = api.submit(caller, zip, dates == null || dates.isEmpty() ? null : dates,
                    roster == null || roster.isEmpty() ? null : roster).getBody();
            return "redirect:/work/inspect/" + created.get("id");
        } catch (ApiException | ImportException | IllegalArgumentException | IOException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/work/inspect";
        }
    }

    @GetMapping("/{id}")
    public String job(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model page) {
        InspectionJobs.Job job = api.job(caller, id);
        page.addAttribute("job", InspectionController.view(job));
        page.addAttribute("running", job.state() == InspectionJobs.State.QUEUED || job.state() == InspectionJobs.State.RUNNING);
        page.addAttribute("report", job.report().orElse(null));
        page.addAttribute("regionSections", job.report().map(r -> RegionSections.of(r.region())).orElse(java.util.List.of()));
        page.addAttribute("documentReports", job.report().isPresent() ? jobs.documents(id) : java.util.List.of());
        return "work/inspection";
    }

    @GetMapping("/{id}/report.{format}")
    public ResponseEntity<byte[]> report(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String format)
            throws IOException {
        return api.report(caller, id, format);
    }

    @GetMapping("/{id}/bulletin.zip")
    public ResponseEntity<byte[]> bulletin(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return api.bulletin(caller, id);
    }
}
