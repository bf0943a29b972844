package org.gongkai.server.api;

import java.util.List;
import java.util.Objects;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.server.accounts.AccountsStart;
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
        return create(caller, model.department(), model.year(), DisclosureKind.BUDGET, ModelJson.write(model),
                () -> Disclosure.generated(model, catalogOf(model.department().code())), how);
    }

    /** New final accounts (部门决算) from a model, checked as {@link #create} checks a budget. */
    @Transactional
    public DisclosureRecord createAccounts(Caller caller, FinalAccounts accounts, String how) {
        return create(caller, accounts.actuals().department(), accounts.year(), DisclosureKind.FINAL_ACCOUNTS, ModelJson.write(accounts),
                () -> checked(accounts), how);
    }

    /**
     * Final accounts as the rules check them: against the budget their department published for that year, whose
     * figures their 年初预算数 must be (R-ACC-12), when there is one.
     */
    Disclosure checked(FinalAccounts accounts) {
        String department = accounts.actuals().department().code();
        Disclosure disclosure = Disclosure.generated(accounts, catalogOf(department));
        repository.current(department, accounts.year(), DisclosureKind.BUDGET)
                .ifPresent(budget -> disclosure.againstPublishedBudget(ModelJson.parse(budget.model(), "published budget")));
        return disclosure;
    }

    /**
     * 「新建决算」: a department's final accounts of a year, empty or started from the budget it published for that year
     * (its lines become the 年初预算数 and the 决算数 start equal to them). A department starts its own; an administrator
     * names the department.
     */
    @Transactional
    public DisclosureRecord startAccounts(Caller caller, String departmentCode, int year, boolean fromBudget) {
        requireMayCreate(caller);
        String department = caller.role() == Role.DEPARTMENT ? caller.departmentCode() : departmentCode;
        if (department == null || department.isBlank()) {
            throw ApiException.badRequest("请指明部门");
        }
        if (!fromBudget) {
            String name = repository.departmentName(department).orElseThrow(() -> ApiException.badRequest("部门 " + department + " 尚未登记"));
            return createAccounts(caller, AccountsStart.empty(year, new Department(department, name)), "新建空白决算");
        }
        DisclosureRecord budget = repository.current(department, year, DisclosureKind.BUDGET).orElseThrow(() -> ApiException.conflict(
                "部门 " + department + " " + year + " 年的部门预算尚未公开，不能以预算开始决算；可新建空白决算"));
        return createAccounts(caller, AccountsStart.fromBudget(budget(budget)),
                "由 " + year + " 年已公开预算第 " + budget.version() + " 版开始决算（预算数转为年初预算数，决算数待修改）");
    }

    private DisclosureRecord create(Caller caller, Department department, int year, DisclosureKind kind, String json,
                                    java.util.function.Supplier<Disclosure> disclosure, String how) {
        requireMayCreate(caller);
        String code = department.code();
        if (caller.role() != Role.ADMIN && !(caller.role() == Role.DEPARTMENT && code.equals(caller.departmentCode()))) {
            throw ApiException.forbidden("只能为本部门（" + caller.departmentCode() + "）创建披露，模型的部门为 " + code);
        }
        repository.regionOf(code).orElseThrow(() -> ApiException.badRequest("部门 " + code + " 尚未登记"));
        repository.current(code, year, kind).ifPresent(published -> {
            throw ApiException.conflict("部门 " + code + " " + year + " 年的" + kind.chinese() + "已公开（第 " + published.version()
                    + " 版），不能再新建；如需修改，请对已公开的版本发起更正");
        });
        checkable(disclosure);
        long id = createVersion(code, year, kind, json, null);
        repository.audit(caller.username(), id, "CREATE", how + "：" + department.name() + " " + year + " 年" + kind.chinese());
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public DisclosureRecord saveModel(Caller caller, long id, int lockVersion, DepartmentBudget model) {
        DisclosureRecord record = editable(caller, id, DisclosureKind.BUDGET);
        return save(caller, record, lockVersion, model.department().code(), model.year(), ModelJson.write(model),
                () -> AuditSummary.of(budget(record), model));
    }

    @Transactional
    public DisclosureRecord saveAccounts(Caller caller, long id, int lockVersion, FinalAccounts accounts) {
        DisclosureRecord record = editable(caller, id, DisclosureKind.FINAL_ACCOUNTS);
        return save(caller, record, lockVersion, accounts.actuals().department().code(), accounts.year(), ModelJson.write(accounts),
                () -> "决算数：" + AuditSummary.of(accounts(record).actuals(), accounts.actuals()));
    }

    /** What an upload read, saved to a version of its kind (a budget's model, or final accounts). */
    @Transactional
    public DisclosureRecord saveRead(Caller caller, long id, int lockVersion, org.gongkai.io.intake.Intake.Result read) {
        return read.accounts() != null ? saveAccounts(caller, id, lockVersion, read.accounts()) : saveModel(caller, id, lockVersion, read.model());
    }

    /**
     * A model as JSON saved to a version, read as the kind the version is: a budget by {@link ModelJson#read}, final
     * accounts by {@link ModelJson#readAccounts}; a model that does not read names each error by its JSON path.
     */
    @Transactional
    public DisclosureRecord saveJson(Caller caller, long id, int lockVersion, String json) {
        DisclosureRecord record = read(caller, id);
        return record.kind() == DisclosureKind.FINAL_ACCOUNTS
                ? saveAccounts(caller, id, lockVersion, ModelJson.readAccounts(json, "上传的决算模型"))
                : saveModel(caller, id, lockVersion, ModelJson.read(json, "上传的模型"));
    }

    /** A version its department may edit now, of the kind the model saved to it is. */
    private DisclosureRecord editable(Caller caller, long id, DisclosureKind kind) {
        DisclosureRecord record = read(caller, id);
        requireDepartment(caller, record);
        Workflow.next(record.status(), Action.EDIT);
        if (record.kind() != kind) {
            throw ApiException.badRequest("该版本是" + record.kind().chinese() + "，不能用" + kind.chinese() + "的数据修改");
        }
        return record;
    }

    private DisclosureRecord save(Caller caller, DisclosureRecord record, int lockVersion, String department, int year, String json,
                                  java.util.function.Supplier<String> summary) {
        if (!department.equals(record.departmentCode()) || year != record.year()) {
            throw ApiException.badRequest("模型的部门或年度与该披露不一致");
        }
        String audit = summary.get();
        if (!repository.updateModel(record.id(), lockVersion, json)) {
            throw ApiException.conflict("保存冲突：该披露已被他人修改（您读取的是第 " + lockVersion + " 次保存的内容），"
                    + "您的修改未保存，请刷新后重新修改");
        }
        repository.audit(caller.username(), record.id(), "EDIT", audit);
        return repository.find(record.id()).orElseThrow();
    }

    /**
     * Validates before anything is written: a model whose report cannot be produced would be stored but could never be
     * shown, edited or deleted again.
     */
    private void checkable(java.util.function.Supplier<Disclosure> disclosure) {
        try {
            RuleRegistry.check(disclosure.get());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DisclosureService.class).warn("model cannot be checked", e);
            throw ApiException.badRequest("模型无法校验，未保存：请检查其中的金额、代码和年度是否有效");
        }
    }

    /** The findings of a version, by the rules of its kind, on the tables generated from its model. */
    public List<Finding> findings(DisclosureRecord record) {
        ClassificationCatalog catalog = catalogOf(record.departmentCode());
        return RuleRegistry.check(record.kind() == DisclosureKind.FINAL_ACCOUNTS
                ? checked(accounts(record)) : Disclosure.generated(budget(record), catalog));
    }

    /** A budget version's model; final accounts are refused, for what only a budget has (forms, templates, roll-forward). */
    public DepartmentBudget budget(DisclosureRecord record) {
        if (record.kind() != DisclosureKind.BUDGET) {
            throw ApiException.badRequest("第 " + record.version() + " 版是" + record.kind().chinese() + "，此操作只适用于部门预算");
        }
        return ModelJson.parse(record.model(), "stored");
    }

    /** A final-accounts version's model. */
    public FinalAccounts accounts(DisclosureRecord record) {
        if (record.kind() != DisclosureKind.FINAL_ACCOUNTS) {
            throw ApiException.badRequest("第 " + record.version() + " 版是" + record.kind().chinese() + "，不是部门决算");
        }
        return ModelJson.parseAccounts(record.model(), "stored");
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
        // The earlier publication stops being current before this one becomes current: the database holds one per kind.
        repository.supersedeBefore(record.departmentCode(), record.year(), record.kind(), record.version());
        try {
            move(caller, record, lockVersion, next, null, record.reviewComment(), "公开");
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("部门 " + record.departmentCode() + " " + record.year() + " 年" + record.kind().chinese()
                    + "已有另一个版本同时公开，本次公开未执行");
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
        org.gongkai.core.budget.RollForward.Result next = org.gongkai.core.budget.RollForward.nextYear(budget(record));
        int year = next.model().year();
        repository.current(record.departmentCode(), year).ifPresent(published -> {
            throw ApiException.conflict(year + " 年的预算已公开（第 " + published.version() + " 版），不能再结转；如需修改，请对已公开的版本发起更正");
        });
        long newId = createVersion(record.departmentCode(), year, DisclosureKind.BUDGET, ModelJson.write(next.model()), null);
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
        long newId = createVersion(record.departmentCode(), record.year(), record.kind(), record.model(), reason);
        repository.audit(caller.username(), newId, "CORRECT", "更正第 " + record.version() + " 版：" + reason);
        return repository.find(newId).orElseThrow();
    }

    /** A new open version; refused when the department-year already has one of its kind (the database's unique index decides). */
    private long createVersion(String department, int year, DisclosureKind kind, String model, String correctionReason) {
        repository.openVersion(department, year, kind).ifPresent(open -> {
            throw ApiException.conflict("部门 " + department + " " + year + " 年" + kind.chinese() + "已有未公开的第 " + open.version() + " 版（"
                    + open.status().chinese() + "），请在该版本上修改，不能再新建或更正");
        });
        try {
            return repository.create(department, year, kind, model, correctionReason);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("部门 " + department + " " + year + " 年" + kind.chinese()
                    + "刚刚已有另一个版本被新建，本次未执行；请刷新后在该版本上修改");
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
