package org.gongkai.server.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.rules.Finding;
import org.gongkai.io.intake.Intake;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.workflow.Action;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Disclosures for signed-in users: create (model JSON or an uploaded document), edit, check, and the workflow moves. */
@RestController
@RequestMapping("/api/disclosures")
public class DisclosureController {

    private final DisclosureService service;
    private final DisclosureRepository repository;

    public DisclosureController(DisclosureService service, DisclosureRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping
    public List<DisclosureView> list(@AuthenticationPrincipal Caller caller) {
        return service.list(caller).stream().map(DisclosureView::of).toList();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> createFromModel(@AuthenticationPrincipal Caller caller, @RequestBody String json) {
        DepartmentBudget model = ModelJson.read(json, "上传的模型");
        return withFindings(service.create(caller, model, "上传模型 JSON"));
    }

    /** New final accounts (部门决算) from a model JSON; errors are named by their JSON path. */
    @PostMapping(value = "/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> createAccounts(@AuthenticationPrincipal Caller caller, @RequestBody String json) {
        return withFindings(service.createAccounts(caller, ModelJson.readAccounts(json, "上传的决算模型"), "上传决算模型 JSON"));
    }

    /**
     * 「新建决算」 for a year: empty, or with {@code fromBudget} started from the department's budget published for that
     * year. An administrator names the department.
     */
    @PostMapping("/accounts/start")
    public Map<String, Object> startAccounts(@AuthenticationPrincipal Caller caller, @RequestParam int year,
                                             @RequestParam(defaultValue = "false") boolean fromBudget,
                                             @RequestParam(required = false) String department) {
        return withFindings(service.startAccounts(caller, department, year, fromBudget));
    }

    /**
     * A model JSON, a filled data-entry template or a published document (text, DOCX, XLSX, PDF) as a new draft;
     * the validation report comes back with it.
     */
    @PostMapping(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> upload(@AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) throws IOException {
        service.requireMayCreate(caller);
        Intake.Result read = Uploads.read(file);
        return withFindings(service.create(caller, read.model(), "上传" + read.kind().chinese() + " " + Uploads.nameOf(file)), read);
    }

    /** Replaces a draft's data with an uploaded file of any kind {@link #upload} takes. */
    @PostMapping(value = "/{id}/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> replace(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                       @RequestPart("file") MultipartFile file) throws IOException {
        service.requireMayEdit(caller, id);
        Intake.Result read = Uploads.readFor(service.read(caller, id).kind(), file);
        return withFindings(service.saveRead(caller, id, lockVersion, read), read);
    }

    /** The disclosure's data as a filled data-entry workbook, to edit in Excel and upload again. */
    @GetMapping("/{id}/template")
    public ResponseEntity<byte[]> template(@AuthenticationPrincipal Caller caller, @PathVariable long id) throws IOException {
        DisclosureRecord record = service.read(caller, id);
        return Templates.of(record, service.catalogOf(record.departmentCode()));
    }

    @GetMapping("/{id}")
    public Map<String, Object> read(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return withFindings(service.read(caller, id));
    }

    @GetMapping(value = "/{id}/model", produces = MediaType.APPLICATION_JSON_VALUE)
    public String model(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.read(caller, id).model();
    }

    @PutMapping(value = "/{id}/model", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> save(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                    @RequestBody String json) {
        return withFindings(service.saveJson(caller, id, lockVersion, json));
    }

    @GetMapping("/{id}/findings")
    public List<Finding> findings(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return service.findings(service.read(caller, id));
    }

    @GetMapping("/{id}/audit")
    public List<DisclosureRepository.AuditEntry> audit(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        service.read(caller, id);
        return repository.auditOf(id);
    }

    @PostMapping("/{id}/submit")
    public DisclosureView submit(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                 @RequestParam(required = false) String explanation) {
        return DisclosureView.of(service.submit(caller, id, lockVersion, explanation));
    }

    @PostMapping("/{id}/return")
    public DisclosureView giveBack(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                   @RequestParam(required = false) String comment) {
        return DisclosureView.of(service.review(caller, id, lockVersion, Action.RETURN, comment));
    }

    @PostMapping("/{id}/approve")
    public DisclosureView approve(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                  @RequestParam(required = false) String comment) {
        return DisclosureView.of(service.review(caller, id, lockVersion, Action.APPROVE, comment));
    }

    @PostMapping("/{id}/publish")
    public DisclosureView publish(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion) {
        return DisclosureView.of(service.publish(caller, id, lockVersion));
    }

    @PostMapping("/{id}/correct")
    public DisclosureView correct(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam String reason) {
        return DisclosureView.of(service.correct(caller, id, reason));
    }

    @GetMapping("/dashboard")
    public ResponseEntity<List<DisclosureView>> dashboard(@AuthenticationPrincipal Caller caller) {
        return ResponseEntity.ok(service.list(caller).stream().map(DisclosureView::of).filter(v -> v.publishBy() != null
                && v.publishedAt() == null).toList());
    }

    private Map<String, Object> withFindings(DisclosureRecord record) {
        return Map.of("disclosure", DisclosureView.of(record), "findings", service.findings(record));
    }

    private Map<String, Object> withFindings(DisclosureRecord record, Intake.Result read) {
        return Map.of("disclosure", DisclosureView.of(record), "findings", service.findings(record), "readAs", read.kind().chinese(),
                "notUnderstood", read.unparsed().stream().map(Object::toString).toList());
    }

}
