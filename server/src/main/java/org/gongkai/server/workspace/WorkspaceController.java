package org.gongkai.server.workspace;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.intake.Intake;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateLabels;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.api.DisclosureService;
import org.gongkai.server.api.DisclosureView;
import org.gongkai.server.api.ErrorReference;
import org.gongkai.server.api.TemplateController;
import org.gongkai.server.api.Uploads;
import org.gongkai.server.api.Templates;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.gongkai.server.workflow.Action;
import org.gongkai.server.workflow.IllegalTransition;
import org.gongkai.server.workflow.Workflow;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a department, a reviewer and an administrator work in. Every change goes through the same service as
 * the API (access rules, optimistic locking, audit); a refusal comes back to the page as a message, never a trace.
 */
@Controller
@RequestMapping("/work")
public class WorkspaceController {

    private final DisclosureService service;
    private final DisclosureRepository repository;

    private final TemplateController templates;

    public WorkspaceController(DisclosureService service, DisclosureRepository repository, TemplateController templates) {
        this.service = service;
        this.repository = repository;
        this.templates = templates;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal Caller caller, Model page) {
        List<DisclosureRecord> records = service.list(caller).stream()
                .filter(r -> r.status() != org.gongkai.server.workflow.Status.WITHDRAWN).toList();
        List<DisclosureView> all = records.stream().map(DisclosureView::of).toList();
        int thisYear = java.time.Year.now().getValue();
        page.addAttribute("years", List.of(thisYear - 1, thisYear, thisYear + 1));
        page.addAttribute("defaultYear", thisYear + 1);
        // A year's 决算 is made in the year after it.
        page.addAttribute("accountsYear", thisYear - 1);
        page.addAttribute("queue", queue(records));
        page.addAttribute("caller", caller);
        page.addAttribute("disclosures", all);
        page.addAttribute("due", all.stream().filter(v -> v.publishBy() != null && v.publishedAt() == null).toList());
        page.addAttribute("names", names(all));
        return "work/list";
    }

    @PostMapping("/upload")
    public String upload(@AuthenticationPrincipal Caller caller, @RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "false") boolean nextYear, RedirectAttributes flash) {
        return act(flash, "/work", () -> {
            service.requireMayCreate(caller);
            Intake.Result read = Uploads.read(file);
            if (nextYear) {
                // Last year's published document as the start of the coming year, not a second version of last year.
                org.gongkai.core.budget.RollForward.Result next = org.gongkai.core.budget.RollForward.nextYear(read.model());
                DisclosureRecord created = service.create(caller, next.model(), "由上传的 " + read.model().year() + " 年" + read.kind().chinese()
                        + " " + Uploads.nameOf(file) + " 结转");
                repository.markForReview(created.id(), next.toReview().stream().map(Enum::name).toList());
                flash.addFlashAttribute("notice", "已用 " + read.model().year() + " 年的 " + Uploads.nameOf(file) + " 开始 " + next.model().year()
                        + " 年预算（第 " + created.version() + " 版草稿）：本年数已转为上年数，沿用的内容待核对");
                flash.addFlashAttribute("notUnderstood", read.unparsed().stream().map(Object::toString).toList());
                return "/work/" + created.id();
            }
            DisclosureRecord created = service.create(caller, read.model(), "上传" + read.kind().chinese() + " " + Uploads.nameOf(file));
            flash.addFlashAttribute("notice", "已按" + read.kind().chinese() + "读入 " + Uploads.nameOf(file) + "，建立草稿第 " + created.version() + " 版");
            flash.addFlashAttribute("notUnderstood", read.unparsed().stream().map(Object::toString).toList());
            return "/work/" + created.id();
        });
    }

    @GetMapping("/{id}")
    public String disclosure(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model page) {
        DisclosureRecord record = service.read(caller, id);
        if (record.kind() == DisclosureKind.FINAL_ACCOUNTS) {
            return accounts(caller, record, page);
        }
        DepartmentBudget model = service.budget(record);
        List<Finding> findings = common(caller, record, page);
        page.addAttribute("m", model);
        page.addAttribute("departmentName", model.department().name());
        List<RootCauses.Root> roots = RootCauses.of(model, findings);
        page.addAttribute("roots", roots);
        page.addAttribute("findingGroups", FindingLinks.of(findings, model, id, roots));
        List<Finding> rest = findings.stream().filter(f -> roots.stream().noneMatch(r -> r.consequences().stream()
                .anyMatch(l -> l.finding() == f))).toList();
        page.addAttribute("causes", FindingLinks.causes(rest));
        page.addAttribute("submitted", !repository.submissions(id).isEmpty());
        page.addAttribute("toReview", repository.toReview(id).stream().map(p -> org.gongkai.core.budget.RollForward.Part.valueOf(p)).toList());
        page.addAttribute("canRollForward", owns(caller, record) && record.status() != org.gongkai.server.workflow.Status.WITHDRAWN);
        page.addAttribute("sources", TemplateLabels.SOURCES);
        page.addAttribute("kinds", TemplateLabels.KINDS);
        page.addAttribute("costs", TemplateLabels.COSTS);
        page.addAttribute("sections", TemplateLabels.SECTIONS);
        page.addAttribute("draftable", Drafter.draftable(model));
        page.addAttribute("stale", StaleDrafts.of(model));
        var catalog = service.catalogOf(record.departmentCode()).forYear(model.year());
        page.addAttribute("functionCodes", functionItems(catalog));
        page.addAttribute("economicCodes", economicItems(catalog));
        page.addAttribute("functionNames", functionNames(model, catalog));
        page.addAttribute("threePublicGeneral", model.threePublic().stream()
                .filter(t -> t.source() == org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET)
                .map(org.gongkai.core.budget.ThreePublicBySource::amounts).findFirst().orElse(null));
        page.addAttribute("overallGoals", String.join("\n", model.performance().overallGoals()));
        page.addAttribute("safeguards", String.join("\n", model.performance().safeguards()));
        return "work/disclosure";
    }

    /** What a budget's and a final accounts' page both show: the version, its findings, the moves the caller may make, the audit. */
    private List<Finding> common(Caller caller, DisclosureRecord record, Model page) {
        List<Finding> findings = service.findings(record);
        page.addAttribute("caller", caller);
        page.addAttribute("d", DisclosureView.of(record));
        page.addAttribute("findings", findings);
        page.addAttribute("errors", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        page.addAttribute("warnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        page.addAttribute("audit", repository.auditOf(record.id()));
        // The submit form asks one explanation per rule warned about; the reviewer reads each beside its warnings.
        page.addAttribute("warningRules", FindingLinks.warningRules(findings));
        page.addAttribute("explained", WarningExplanations.parse(record.warningExplanation()));
        page.addAttribute("actionNames", ACTION_NAMES);
        page.addAttribute("canWithdraw", owns(caller, record) && Workflow.allows(record.status(), Action.EDIT));
        page.addAttribute("canEdit", owns(caller, record) && Workflow.allows(record.status(), Action.EDIT));
        page.addAttribute("canReview", reviews(caller, record) && Workflow.allows(record.status(), Action.APPROVE));
        page.addAttribute("canPublish", (owns(caller, record) || reviews(caller, record))
                && Workflow.allows(record.status(), Action.PUBLISH));
        page.addAttribute("canCorrect", owns(caller, record) && Workflow.allows(record.status(), Action.CORRECT) && !record.superseded());
        return findings;
    }

    /**
     * A 决算's page: its forms (see {@link AccountsView}), the same findings, moves and audit as a budget's, and its model
     * as JSON for what the forms do not hold. A JSON typed and refused comes back as typed, with its problems.
     */
    private String accounts(Caller caller, DisclosureRecord record, Model page) {
        org.gongkai.core.accounts.FinalAccounts accounts = service.accounts(record);
        common(caller, record, page);
        page.addAttribute("departmentName", accounts.actuals().department().name());
        AccountsView.forms(accounts, service.catalogOf(record.departmentCode()).forYear(accounts.year()), page);
        if (!page.containsAttribute("typedJson")) {
            page.addAttribute("typedJson", ModelJson.write(accounts));
        }
        return "work/accounts";
    }

    /** 「新建决算」: the department's final accounts of a year, empty or started from its published budget of that year. */
    @PostMapping("/accounts")
    public String startAccounts(@AuthenticationPrincipal Caller caller, @RequestParam int year,
                                @RequestParam(defaultValue = "false") boolean fromBudget,
                                @RequestParam(required = false) String department, RedirectAttributes flash) {
        return act(flash, "/work", () -> {
            DisclosureRecord created = service.startAccounts(caller, department, year, fromBudget);
            flash.addFlashAttribute("notice", "已新建 " + year + " 年部门决算（第 " + created.version() + " 版草稿）" + (fromBudget
                    ? "：已公开预算的支出数转为年初预算数，决算数暂与预算数相同，请按实际执行修改" : "：请填写决算数据"));
            return "/work/" + created.id();
        });
    }

    /**
     * Fills the empty sections of a 决算's explanation with text drafted from its figures (what the department wrote
     * stays), so that text and tables agree; where only the department can say why, the draft asks.
     */
    @PostMapping("/{id}/draft-accounts")
    public String draftAccounts(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                                RedirectAttributes flash) {
        return act(flash, "/work/" + id, () -> {
            DisclosureRecord record = service.read(caller, id);
            var catalog = service.catalogOf(record.departmentCode()).forYear(record.year());
            service.saveAccounts(caller, id, lockVersion, org.gongkai.core.narrative.AccountsDrafter.draft(service.accounts(record), catalog));
            flash.addFlashAttribute("notice", "已按决算数据起草情况说明的空白部分；已有内容的部分未改动，【待填写】处请补充");
            return "/work/" + id + "#model";
        });
    }

    /** Saves a model typed as JSON (final accounts, or a budget), checked as the API checks it. */
    @PostMapping("/{id}/json")
    public String saveJson(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                           @RequestParam String json, RedirectAttributes flash) {
        return act(flash, "/work/" + id + "#model", () -> {
            try {
                service.saveJson(caller, id, lockVersion, json);
            } catch (InvalidModelException e) {
                flash.addFlashAttribute("typedJson", json);
                flash.addFlashAttribute("problems", e.problems().stream().map(Object::toString).toList());
                throw e;
            }
            flash.addFlashAttribute("notice", "已保存");
            return "/work/" + id + "#model";
        });
    }

    /**
     * What changed since the last submission: for a version under review, against the submission before it (what the
     * department changed after it was returned); for a version being edited, against its last submission.
     */
    @GetMapping("/{id}/changes")
    public String changes(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model page) {
        DisclosureRecord record = service.read(caller, id);
        DepartmentBudget model = service.budget(record);
        var submissions = repository.submissions(id);
        boolean underReview = record.status() != org.gongkai.server.workflow.Status.DRAFT
                && record.status() != org.gongkai.server.workflow.Status.RETURNED;
        int base = underReview ? 1 : 0;
        page.addAttribute("d", DisclosureView.of(record));
        page.addAttribute("departmentName", model.department().name());
        if (submissions.size() > base) {
            var since = submissions.get(base);
            page.addAttribute("since", since.at());
            page.addAttribute("changes", org.gongkai.server.api.ModelChanges.between(ModelJson.parse(since.model(), "submitted"), model));
        } else {
            page.addAttribute("since", null);
            page.addAttribute("changes", List.of());
        }
        page.addAttribute("underReview", underReview);
        return "work/changes";
    }

    /** The nine tables and the explanation exactly as they will be published, rows anchored for the findings' links. */
    @GetMapping("/{id}/preview")
    public String preview(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model page) {
        DisclosureRecord record = service.read(caller, id);
        if (record.kind() == DisclosureKind.FINAL_ACCOUNTS) {
            return AccountsView.preview(service, record, page);
        }
        DepartmentBudget model = service.budget(record);
        var disclosure = org.gongkai.core.rules.Disclosure.generated(model, service.catalogOf(record.departmentCode()));
        List<Map<String, String>> tables = new java.util.ArrayList<>();
        for (org.gongkai.core.tables.StandardTable kind : org.gongkai.core.tables.StandardTable.of(disclosure.kind())) {
            disclosure.table(kind).ifPresent(table -> tables.add(Map.of("id", "table-" + kind.number(),
                    "title", "表" + kind.number() + " " + table.title(),
                    "html", org.gongkai.io.exporting.HtmlWriter.table(table, "t" + kind.number()))));
        }
        page.addAttribute("d", DisclosureView.of(record));
        page.addAttribute("departmentName", model.department().name());
        page.addAttribute("tables", tables);
        page.addAttribute("catalogProblems", disclosure.catalogProblems());
        page.addAttribute("sections", TemplateLabels.SECTIONS);
        page.addAttribute("m", model);
        return "work/preview";
    }

    /** The PDF as it will be published, shown in the browser. */
    @GetMapping("/{id}/preview/pdf")
    public ResponseEntity<byte[]> previewPdf(@AuthenticationPrincipal Caller caller, @PathVariable long id) throws IOException {
        DisclosureRecord record = service.read(caller, id);
        if (record.kind() == DisclosureKind.FINAL_ACCOUNTS) {
            return AccountsView.pdf(service, record);
        }
        DepartmentBudget model = service.budget(record);
        var pdf = org.gongkai.io.exporting.Exporter.download(model, org.gongkai.io.exporting.Exporter.Format.pdf, AccountsView.coverDate(record));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename*=UTF-8''" + java.net.URLEncoder.encode(pdf.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .body(pdf.bytes());
    }

    @GetMapping("/{id}/projects/{index}")
    public String project(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index, Model page) {
        DisclosureRecord record = service.read(caller, id);
        DepartmentBudget model = service.budget(record);
        return projectPage(caller, record, model, index, ProjectForm.of(project(model, index)), page);
    }

    private static org.gongkai.core.budget.Project project(DepartmentBudget model, int index) {
        if (index < 0 || index >= model.projects().size()) {
            throw ApiException.notFound("第 " + (index + 1) + " 个项目不存在");
        }
        return model.projects().get(index);
    }

    private String projectPage(Caller caller, DisclosureRecord record, DepartmentBudget model, int index, ProjectForm form, Model page) {
        page.addAttribute("d", DisclosureView.of(record));
        page.addAttribute("m", model);
        page.addAttribute("index", index);
        page.addAttribute("p", model.projects().get(index));
        page.addAttribute("f", form);
        page.addAttribute("canEdit", owns(caller, record) && Workflow.allows(record.status(), Action.EDIT));
        return "work/project";
    }
    @GetMapping("/{id}/template")
    public ResponseEntity<byte[]> template(@AuthenticationPrincipal Caller caller, @PathVariable long id) throws IOException {
        DisclosureRecord record = service.read(caller, id);
        return Templates.of(record, service.catalogOf(record.departmentCode()));
    }

    @GetMapping("/template")
    public ResponseEntity<byte[]> blankTemplate(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Integer year,
                                                @RequestParam(required = false) String department) throws IOException {
        return templates.blank(caller, year, department);
    }

    @PostMapping("/{id}/save/{part}")
    public String save(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String part,
                       @RequestParam int lockVersion, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        return act(flash, "/work/" + id + "#" + part, () -> {
            DepartmentBudget model = service.budget(service.read(caller, id));
            service.saveModel(caller, id, lockVersion, ModelForms.apply(model, part, form));
            repository.reviewed(id, reviewPart(part));
            flash.addFlashAttribute("notice", "已保存");
            return "/work/" + id + "#" + part;
        });
    }

    /**
     * The same save for the page's script: the page is not reloaded, so what was typed in the other sections stays; a
     * refusal names each bad cell and saves nothing.
     */
    @PostMapping(value = "/{id}/save/{part}", headers = "X-Gongkai-Save=1")
    @org.springframework.web.bind.annotation.ResponseBody
    public Map<String, Object> saveInPlace(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String part,
                                           @RequestParam int lockVersion, @RequestParam MultiValueMap<String, String> form) {
        return InPlaceSave.answer(() -> {
            DepartmentBudget model = service.budget(service.read(caller, id));
            DisclosureRecord saved = service.saveModel(caller, id, lockVersion, ModelForms.apply(model, part, form));
            repository.reviewed(id, reviewPart(part));
            return saved;
        });
    }

    /**
     * Saves the project page. A refusal does not redirect: the page comes back with everything as typed (indicators,
     * 预算数, 资金用途, the plan) and each problem beside its field or row; nothing is saved.
     */
    @PostMapping("/{id}/projects/{index}")
    public String saveProject(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable int index,
                              @RequestParam int lockVersion, @RequestParam MultiValueMap<String, String> form, Model page,
                              RedirectAttributes flash) {
        DisclosureRecord record = service.read(caller, id);
        DepartmentBudget model = service.budget(record);
        project(model, index);
        try {
            service.saveModel(caller, id, lockVersion, ModelForms.applyProject(model, index, form));
        } catch (FormRefused e) {
            page.addAttribute("error", "未保存，请改正标出的内容后再保存" + (e.problems().size() > 1 ? "（共 " + e.problems().size() + " 处）" : ""));
            page.addAttribute("lockVersion", lockVersion);
            return projectPage(caller, record, model, index, ProjectForm.typed(form, e.problems()), page);
        } catch (ApiException | IllegalTransition | InvalidModelException | IllegalArgumentException e) {
            page.addAttribute("error", "未保存：" + e.getMessage());
            // The version read when the page was opened: saving again over someone else's change stays refused.
            page.addAttribute("lockVersion", lockVersion);
            return projectPage(caller, record, model, index, ProjectForm.typed(form, List.of()), page);
        }
        flash.addFlashAttribute("notice", "项目已保存");
        return "redirect:/work/" + id + "/projects/" + index;
    }

    /**
     * Fills the empty explanation sections with text drafted from the tables (what the department wrote stays), or —
     * with {@code section} — drafts that one section again, replacing it; the notice says exactly what was done.
     */
    @PostMapping("/{id}/draft")
    public String draft(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                        @RequestParam(required = false) org.gongkai.core.budget.NarrativeSection section, RedirectAttributes flash) {
        return act(flash, "/work/" + id + "#narrative", () -> {
            DepartmentBudget model = service.budget(service.read(caller, id));
            if (section != null) {
                service.saveModel(caller, id, lockVersion, Drafter.redraft(model, section));
                flash.addFlashAttribute("notice", "已按表格数据重新起草“" + TemplateLabels.SECTIONS.get(section) + "”，原有文字已替换");
                return "/work/" + id + "#section-" + section.name();
            }
            var missing = Drafter.missing(model);
            if (missing.isEmpty()) {
                flash.addFlashAttribute("notice", "各部分都已有内容，未作改动；要按新数据重写某一部分，请用该部分旁的“重新起草”");
                return "/work/" + id + "#narrative";
            }
            service.saveModel(caller, id, lockVersion, Drafter.draft(model));
            flash.addFlashAttribute("notice", "已按表格数据起草：" + missing.stream().map(TemplateLabels.SECTIONS::get)
                    .collect(java.util.stream.Collectors.joining("、")) + "；已有内容的部分未改动");
            return "/work/" + id + "#narrative";
        });
    }

    @PostMapping("/{id}/upload")
    public String replace(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                          @RequestParam("file") MultipartFile file, RedirectAttributes flash) {
        return act(flash, "/work/" + id, () -> {
            service.requireMayEdit(caller, id);
            Intake.Result read = Uploads.readFor(service.read(caller, id).kind(), file);
            service.saveRead(caller, id, lockVersion, read);
            flash.addFlashAttribute("notice", "已用 " + Uploads.nameOf(file) + "（" + read.kind().chinese() + "）替换数据");
            flash.addFlashAttribute("notUnderstood", read.unparsed().stream().map(Object::toString).toList());
            return "/work/" + id;
        });
    }

    /**
     * A workflow move. A refused one (someone moved the version meanwhile, a warning left unexplained) comes back with
     * the comment, reason or explanations as typed.
     */
    @PostMapping("/{id}/move/{action}")
    public String move(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String action,
                       @RequestParam(defaultValue = "0") int lockVersion, @RequestParam(required = false) String text,
                       @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        return act(flash, "/work/" + id, () -> {
            try {
                return moved(caller, id, action, lockVersion, text, form, flash);
            } catch (RuntimeException e) {
                flash.addFlashAttribute("typed", typed(action, form));
                throw e;
            }
        });
    }

    private String moved(Caller caller, long id, String action, int lockVersion, String text, MultiValueMap<String, String> form,
                         RedirectAttributes flash) {
        DisclosureRecord after = switch (action) {
            case "submit" -> service.submit(caller, id, lockVersion, WarningExplanations.compose(text, form));
            case "return" -> service.review(caller, id, lockVersion, Action.RETURN, text);
            case "approve" -> service.review(caller, id, lockVersion, Action.APPROVE, text);
            case "publish" -> service.publish(caller, id, lockVersion);
            case "correct" -> service.correct(caller, id, text);
            default -> throw ApiException.notFound("没有“" + action + "”这个操作");
        };
        flash.addFlashAttribute("notice", switch (action) {
            case "correct" -> "已建立更正版本（第 " + after.version() + " 版，草稿），请修改后提交";
            case "return" -> "已退回";
            default -> "已" + Action.valueOf(action.toUpperCase(java.util.Locale.ROOT)).chinese();
        });
        return "/work/" + after.id();
    }

    /** What a move's form held, by the names the page gives it back under (「return:text」, 「explain-R-REQ-09」). */
    private static Map<String, String> typed(String action, MultiValueMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (!values.isEmpty() && values.get(0) != null && (name.equals("text") || name.startsWith(WarningExplanations.FIELD))) {
                typed.put(name.equals("text") ? action + ":text" : name, values.get(0));
            }
        });
        return typed;
    }

    /** The page's form parts as the roll-forward marks them (units → UNITS, three-public → THREE_PUBLIC …). */
    private static String reviewPart(String part) {
        return part.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** Next year's draft, started from this version. */
    @PostMapping("/{id}/roll-forward")
    public String rollForward(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        return act(flash, "/work/" + id, () -> {
            DisclosureRecord next = service.rollForward(caller, id);
            flash.addFlashAttribute("notice", "已开始 " + next.year() + " 年预算（第 " + next.version() + " 版草稿）：本年数已转为上年数，"
                    + "沿用上年的内容已标出，请逐部分核对后保存");
            return "/work/" + next.id();
        });
    }

    @PostMapping("/{id}/withdraw")
    public String withdraw(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam int lockVersion,
                           RedirectAttributes flash) {
        return act(flash, "/work/" + id, () -> {
            service.withdraw(caller, id, lockVersion);
            flash.addFlashAttribute("notice", "草稿已删除（保留审计记录）");
            return "/work";
        });
    }

    /** What waits for review, oldest submission first; a resubmission after a return links to its changes. */
    public record Queued(DisclosureView view, java.time.OffsetDateTime submittedAt, boolean resubmission) {
    }

    private List<Queued> queue(List<DisclosureRecord> records) {
        return records.stream().filter(r -> r.status() == org.gongkai.server.workflow.Status.SUBMITTED).map(r -> {
            var submissions = repository.submissions(r.id());
            return new Queued(DisclosureView.of(r), submissions.isEmpty() ? null : submissions.get(0).at(), submissions.size() > 1);
        }).sorted(java.util.Comparator.comparing(Queued::submittedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** The audit log's action codes as the page names them. */
    private static final Map<String, String> ACTION_NAMES = Map.ofEntries(Map.entry("CREATE", "新建"), Map.entry("EDIT", "修改"),
            Map.entry("SUBMITTED", "提交"), Map.entry("RETURNED", "退回"), Map.entry("APPROVED", "审核通过"),
            Map.entry("PUBLISHED", "公开"), Map.entry("CORRECT", "发起更正"), Map.entry("ROLL_FORWARD", "结转开始新年度"),
            Map.entry("WITHDRAW", "删除草稿"), Map.entry("DRAFT", "退回修改"));

    private interface Step {
        String run() throws IOException;
    }

    /** Runs a change; a refusal goes back to {@code back} as a message, the user's page unchanged. */
    private static String act(RedirectAttributes flash, String back, Step step) {
        try {
            return "redirect:" + step.run();
        } catch (ApiException | IllegalTransition | InvalidModelException | ImportException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:" + back;
        } catch (IOException e) {
            flash.addFlashAttribute("error", "读取上传文件失败，未作任何修改（错误编号 " + ErrorReference.log(e) + "）");
            return "redirect:" + back;
        }
    }

    private static boolean owns(Caller caller, DisclosureRecord record) {
        return caller.role() == Role.DEPARTMENT && caller.departmentCode().equals(record.departmentCode());
    }

    private static boolean reviews(Caller caller, DisclosureRecord record) {
        return caller.role() == Role.REVIEWER && Objects.equals(caller.regionCode(), record.regionCode());
    }

    private Map<String, String> names(List<DisclosureView> views) {
        Map<String, String> names = new LinkedHashMap<>();
        views.forEach(v -> names.computeIfAbsent(v.departmentCode(), c -> repository.departmentName(c).orElse(c)));
        return names;
    }

    static Map<String, String> functionItems(YearCatalog catalog) {
        Map<String, String> items = new LinkedHashMap<>();
        catalog.functionsInForce().forEach((code, entry) -> {
            if (FunctionCode.of(code).level() == CodeLevel.ITEM) {
                items.put(code, catalog.functionName(code));
            }
        });
        return items;
    }

    static Map<String, String> economicItems(YearCatalog catalog) {
        Map<String, String> items = new LinkedHashMap<>();
        catalog.departmentEconomicsInForce().forEach((code, entry) -> {
            if (code.length() == 5) {
                items.put(code, entry.name());
            }
        });
        return items;
    }

    private static Map<String, String> functionNames(DepartmentBudget model, YearCatalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        model.expenditures().forEach(l -> names.putIfAbsent(l.functionCode().value(), catalog.functionName(l.functionCode().value())));
        return names;
    }

}
