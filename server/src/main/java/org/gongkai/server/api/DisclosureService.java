package org.gongkai.server.api;

import java.util.List;
import java.util.Objects;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.gongkai.server.workflow.Action;
import org.gongkai.server.workflow.IllegalTransition;
import org.gongkai.server.workflow.Published;
import org.gongkai.server.workflow.Status;
import org.gongkai.server.workflow.Workflow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.gongkai.server.catalog.OfficialCatalogs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Who may do what to which disclosure, the workflow's moves, and the audit entry each change leaves. */
@Service
public class DisclosureService {

    private final DisclosureRepository repository;
    private final ApplicationEventPublisher events;
    private final OfficialCatalogs catalogs;
    private final org.gongkai.server.portal.PublishedViews views;
    private final org.gongkai.server.portal.PublicationListener listener;

    public DisclosureService(DisclosureRepository repository, ApplicationEventPublisher events, OfficialCatalogs catalogs,
                             org.gongkai.server.portal.PublishedViews views,
                             org.gongkai.server.portal.PublicationListener listener) {
        this.listener = listener;
        this.catalogs = catalogs;
        this.views = views;
        this.repository = repository;
        this.events = events;
    }

    public DisclosureRecord read(Caller caller, long id) {
        DisclosureRecord record = repository.find(id).orElseThrow(() -> ApiException.notFound("披露 " + id + " 不存在"));
        if (!canSee(caller, record)) {
            throw ApiException.forbidden("无权查看其他部门或地区的披露");
        }
        return record;
    }

    public List<DisclosureRecord> list(Caller caller) {
        return switch (caller.role()) {
            case DEPARTMENT -> repository.list(caller.departmentCode(), null, null);
            case REVIEWER -> repository.list(null, caller.regionCode(), null);
            case ADMIN -> repository.list(null, null, null);
        };
    }

    /**
     * Refuses a caller who may create no disclosure at all (a reviewer), before an upload is read: the department of
     * the new disclosure is only known once the file is read, and {@link #create} checks it then.
     */
    public void requireMayCreate(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.DEPARTMENT) {
            throw ApiException.forbidden("只有部门填报人员和管理员可以建立披露");
        }
    }

    /** Refuses a caller who may not replace this disclosure's data, or a disclosure that may not be edited, before an upload is read. */
    public void requireMayEdit(Caller caller, long id) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        Workflow.next(record.status(), Action.EDIT);
    }

    @Transactional
    public DisclosureRecord create(Caller caller, DepartmentBudget model, String how) {
        requireMayCreate(caller);
        String department = model.department().code();
        if (caller.role() != Role.ADMIN && !(caller.role() == Role.DEPARTMENT && department.equals(caller.departmentCode()))) {
            throw ApiException.forbidden("只能为本部门（" + caller.departmentCode() + "）创建披露，模型的部门为 " + department);
        }
        repository.regionOf(department).orElseThrow(() -> ApiException.badRequest("部门 " + department + " 尚未登记"));
        repository.current(department, model.year()).ifPresent(published -> {
            throw ApiException.conflict("部门 " + department + " " + model.year() + " 年的披露已公开（第 " + published.version()
                    + " 版），不能再新建；如需修改，请对已公开的版本发起更正");
        });
        checkable(model);
        long id = createVersion(department, model.year(), ModelJson.write(model), null);
        repository.audit(caller.username(), id, "CREATE", how + "：" + model.department().name() + " " + model.year() + " 年");
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public DisclosureRecord saveModel(Caller caller, long id, int lockVersion, DepartmentBudget model) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        Workflow.next(record.status(), Action.EDIT);
        if (!model.department().code().equals(record.departmentCode()) || model.year() != record.year()) {
            throw ApiException.badRequest("模型的部门或年度与该披露不一致");
        }
        if (!repository.updateModel(id, lockVersion, ModelJson.write(model))) {
            throw ApiException.conflict("保存冲突：该披露已被他人修改（您读取的是第 " + lockVersion + " 次保存的内容），"
                    + "您的修改未保存，请刷新后重新修改");
        }
        DepartmentBudget before = ModelJson.parse(record.model(), "stored");
        repository.audit(caller.username(), id, "EDIT", AuditSummary.of(before, model));
        return repository.find(id).orElseThrow();
    }

    /**
     * Validates before anything is written: a model whose report cannot be produced would be stored but could never be
     * shown, edited or deleted again.
     */
    private void checkable(DepartmentBudget model) {
        try {
            RuleRegistry.check(Disclosure.generated(model, catalogOf(model.department().code())));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DisclosureService.class).warn("model cannot be checked", e);
            throw ApiException.badRequest("模型无法校验，未保存：请检查其中的金额、代码和年度是否有效");
        }
    }

    public List<Finding> findings(DisclosureRecord record) {
        DepartmentBudget model = ModelJson.parse(record.model(), "stored");
        return RuleRegistry.check(Disclosure.generated(model, catalogOf(record.departmentCode())));
    }

    /** The catalog in force for the department's region: the official one where loaded, else the built-in one. */
    public ClassificationCatalog catalogOf(String departmentCode) {
        return catalogs.forDepartment(departmentCode);
    }

    @Transactional
    public DisclosureRecord submit(Caller caller, long id, int lockVersion, String explanation) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        Status next = Workflow.next(record.status(), Action.SUBMIT);
        java.util.Set<String> unreviewed = repository.toReview(id);
        if (!unreviewed.isEmpty()) {
            throw ApiException.conflict("沿用上年的内容尚未核对，不能提交：" + unreviewed.stream()
                    .map(p -> org.gongkai.core.budget.RollForward.Part.valueOf(p).chinese()).collect(java.util.stream.Collectors.joining("、"))
                    + "（在该部分核对或修改后点“保存”即可）");
        }
        List<Finding> findings = findings(record);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (errors > 0) {
            throw ApiException.conflict("存在 " + errors + " 条错误，不能提交：" + findings.get(0));
        }
        boolean warnings = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
        if (warnings && (explanation == null || explanation.isBlank())) {
            throw ApiException.conflict("存在警告，提交时须书面说明原因");
        }
        move(caller, record, lockVersion, next, explanation, null, "提交");
        repository.recordSubmission(id, record.model());
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public DisclosureRecord review(Caller caller, long id, int lockVersion, Action action, String comment) {
        DisclosureRecord record = read(caller, id);
        if (caller.role() != Role.REVIEWER || !Objects.equals(caller.regionCode(), record.regionCode())) {
            throw ApiException.forbidden("只有本地区的财政审核人员可以" + action.chinese());
        }
        Status next = Workflow.next(record.status(), action);
        if (action == Action.RETURN && (comment == null || comment.isBlank())) {
            throw ApiException.badRequest("退回须填写审核意见");
        }
        move(caller, record, lockVersion, next, null, comment, action.chinese() + (comment == null ? "" : "：" + comment));
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public DisclosureRecord publish(Caller caller, long id, int lockVersion) {
        DisclosureRecord record = read(caller, id);
        boolean reviewer = caller.role() == Role.REVIEWER && Objects.equals(caller.regionCode(), record.regionCode());
        boolean owner = caller.role() == Role.DEPARTMENT && caller.departmentCode().equals(record.departmentCode());
        if (!reviewer && !owner) {
            throw ApiException.forbidden("只有本部门或本地区审核人员可以公开");
        }
        Status next = Workflow.next(record.status(), Action.PUBLISH);
        // The earlier publication stops being current before this one becomes current: the database holds one.
        repository.supersedeBefore(record.departmentCode(), record.year(), record.version());
        try {
            move(caller, record, lockVersion, next, null, record.reviewComment(), "公开");
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("部门 " + record.departmentCode() + " " + record.year() + " 年已有另一个版本同时公开，本次公开未执行");
        }
        views.store(id);
        listener.announce(record.departmentCode(), record.year());
        events.publishEvent(new Published(record.departmentCode(), record.year(), record.version()));
        return repository.find(id).orElseThrow();
    }

    /**
     * Next year's draft started from this version (any status: usually the published budget): this year's figures
     * become last year's, the lists carried over are marked for review until each is checked and saved.
     */
    @Transactional
    public DisclosureRecord rollForward(Caller caller, long id) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        org.gongkai.core.budget.RollForward.Result next = org.gongkai.core.budget.RollForward.nextYear(ModelJson.parse(record.model(), "stored"));
        int year = next.model().year();
        repository.current(record.departmentCode(), year).ifPresent(published -> {
            throw ApiException.conflict(year + " 年的预算已公开（第 " + published.version() + " 版），不能再结转；如需修改，请对已公开的版本发起更正");
        });
        long newId = createVersion(record.departmentCode(), year, ModelJson.write(next.model()), null);
        repository.markForReview(newId, next.toReview().stream().map(Enum::name).toList());
        repository.audit(caller.username(), newId, "ROLL_FORWARD", "由 " + record.year() + " 年第 " + record.version() + " 版结转开始 "
                + year + " 年：本年数转为上年数，沿用的内容待核对");
        return repository.find(newId).orElseThrow();
    }

    /** A draft the department does not want is withdrawn (never deleted: its audit stays). */
    @Transactional
    public void withdraw(Caller caller, long id, int lockVersion) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        if (record.status() != Status.DRAFT && record.status() != Status.RETURNED) {
            throw new IllegalTransition("当前状态为“" + record.status().chinese() + "”，只有草稿或已退回的版本可以删除");
        }
        if (!repository.withdraw(id, lockVersion)) {
            throw ApiException.conflict("该版本已被修改，未删除；请刷新后再试");
        }
        repository.audit(caller.username(), id, "WITHDRAW", "删除草稿：" + record.year() + " 年第 " + record.version() + " 版");
    }

    @Transactional
    public DisclosureRecord correct(Caller caller, long id, String reason) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        Workflow.next(record.status(), Action.CORRECT);
        if (reason == null || reason.isBlank()) {
            throw ApiException.badRequest("更正须说明原因");
        }
        if (record.superseded()) {
            throw ApiException.conflict("第 " + record.version() + " 版已被更正后的版本取代，只能更正当前公开的版本");
        }
        long newId = createVersion(record.departmentCode(), record.year(), record.model(), reason);
        repository.audit(caller.username(), newId, "CORRECT", "更正第 " + record.version() + " 版：" + reason);
        return repository.find(newId).orElseThrow();
    }

    /** A new open version; refused when the department-year already has one (the database's unique index decides). */
    private long createVersion(String department, int year, String model, String correctionReason) {
        repository.openVersion(department, year).ifPresent(open -> {
            throw ApiException.conflict("部门 " + department + " " + year + " 年已有未公开的第 " + open.version() + " 版（"
                    + open.status().chinese() + "），请在该版本上修改，不能再新建或更正");
        });
        try {
            return repository.create(department, year, model, correctionReason);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("部门 " + department + " " + year + " 年刚刚已有另一个版本被新建，本次未执行；请刷新后在该版本上修改");
        }
    }

    private void move(Caller caller, DisclosureRecord record, int lockVersion, Status next, String explanation, String comment,
                      String summary) {
        if (!repository.transition(record.id(), record.status(), lockVersion, next, explanation, comment)) {
            throw ApiException.conflict("状态已被他人改变，请刷新后重试");
        }
        repository.audit(caller.username(), record.id(), next.name(), record.status().chinese() + " → " + next.chinese() + "（" + summary + "）");
    }

    private static void requireDepartment(Caller caller, DisclosureRecord record) {
        if (caller.role() != Role.DEPARTMENT || !caller.departmentCode().equals(record.departmentCode())) {
            throw ApiException.forbidden("只有本部门（" + record.departmentCode() + "）的填报人员可以修改或提交");
        }
    }

    private static boolean canSee(Caller caller, DisclosureRecord record) {
        return switch (caller.role()) {
            case ADMIN -> true;
            case DEPARTMENT -> caller.departmentCode().equals(record.departmentCode());
            case REVIEWER -> Objects.equals(caller.regionCode(), record.regionCode());
        };
    }
}
