package org.gongkai.server.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.server.workflow.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disclosures, departments and the audit log in PostgreSQL. Every update of a version checks its lock version. */
@Repository
public class DisclosureRepository {

    private static final String SELECT = "select d.id, d.department_code, d.year, d.version, d.status, d.model::text, d.lock_version, "
            + "d.warning_explanation, d.review_comment, d.correction_reason, d.superseded, d.approved_at, d.published_at, "
            + "p.region_code, d.kind from disclosure d join department p on p.code = d.department_code ";

    private final JdbcClient jdbc;

    public DisclosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published versions without their models, oldest first: the open-data list pages through them. */
    public List<DisclosureRecord> listPublished(Integer year, long offset, int limit) {
        return jdbc.sql("select d.id, d.department_code, d.year, d.version, d.status, null, d.lock_version, null, null, "
                        + "d.correction_reason, d.superseded, d.approved_at, d.published_at, p.region_code, d.kind from disclosure d "
                        + "join department p on p.code = d.department_code where d.status = 'PUBLISHED' and (?::int is null or d.year = ?) "
                        + "order by d.id offset ? limit ?")
                .params(year, year, offset, limit).query(DisclosureRepository::record).list();
    }

    public long countPublished(Integer year) {
        return jdbc.sql("select count(*) from disclosure where status = 'PUBLISHED' and (?::int is null or year = ?)")
                .params(year, year).query(Long.class).single();
    }

    public Optional<DisclosureRecord> find(long id) {
        return jdbc.sql(SELECT + "where d.id = ?").param(id).query(DisclosureRepository::record).optional();
    }

    public List<DisclosureRecord> list(String departmentCode, String regionCode, Status status) {
        return jdbc.sql(SELECT + "where (?::text is null or d.department_code = ?) and (?::text is null or p.region_code = ?) "
                        + "and (?::text is null or d.status = ?) order by d.year desc, d.department_code, d.version desc")
                .params(departmentCode, departmentCode, regionCode, regionCode, status == null ? null : status.name(),
                        status == null ? null : status.name())
                .query(DisclosureRepository::record).list();
    }

    /** A new draft budget. */
    public long create(String departmentCode, int year, String model, String correctionReason) {
        return create(departmentCode, year, DisclosureKind.BUDGET, model, correctionReason);
    }

    /** A new draft of a budget or final accounts; versions are numbered per department, year and kind. */
    public long create(String departmentCode, int year, DisclosureKind kind, String model, String correctionReason) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from disclosure where department_code = ? and year = ? and kind = ?")
                .params(departmentCode, year, kind.name()).query(Integer.class).single();
        return jdbc.sql("insert into disclosure (department_code, year, kind, version, status, model, correction_reason) "
                        + "values (?, ?, ?, ?, 'DRAFT', ?::jsonb, ?) returning id")
                .params(departmentCode, year, kind.name(), version, model, correctionReason).query(Long.class).single();
    }

    /** The current (published, not superseded) budget of a department-year, if any. */
    public Optional<DisclosureRecord> current(String departmentCode, int year) {
        return current(departmentCode, year, DisclosureKind.BUDGET);
    }

    /** The current (published, not superseded) version of a department-year's budget or final accounts, if any. */
    public Optional<DisclosureRecord> current(String departmentCode, int year, DisclosureKind kind) {
        return jdbc.sql(SELECT + "where d.department_code = ? and d.year = ? and d.kind = ? and d.status = 'PUBLISHED' and not d.superseded")
                .params(departmentCode, year, kind.name()).query(DisclosureRepository::record).optional();
    }

    /** The open (draft, submitted, returned or approved) version of a department-year's budget or final accounts, if any. */
    public Optional<DisclosureRecord> openVersion(String departmentCode, int year, DisclosureKind kind) {
        return jdbc.sql(SELECT + "where d.department_code = ? and d.year = ? and d.kind = ? "
                        + "and d.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')")
                .params(departmentCode, year, kind.name()).query(DisclosureRepository::record).optional();
    }

    /** Saves a new model if nobody saved since {@code lockVersion} was read; false when someone did. */
    public boolean updateModel(long id, int lockVersion, String model) {
        return jdbc.sql("update disclosure set model = ?::jsonb, lock_version = lock_version + 1, updated_at = now() "
                        + "where id = ? and lock_version = ?")
                .params(model, id, lockVersion).update() == 1;
    }

    /** Moves a version to a new status if it is still where it was read; false when it moved meanwhile. */
    public boolean transition(long id, Status from, int lockVersion, Status to, String warningExplanation, String reviewComment) {
        return jdbc.sql("update disclosure set status = ?, lock_version = lock_version + 1, updated_at = now(), "
                        + "warning_explanation = coalesce(?, warning_explanation), review_comment = ?, "
                        + "approved_at = case when ? = 'APPROVED' then now() else approved_at end, "
                        + "published_at = case when ? = 'PUBLISHED' then now() else published_at end "
                        + "where id = ? and status = ? and lock_version = ?")
                .params(to.name(), warningExplanation, reviewComment, to.name(), to.name(), id, from.name(), lockVersion)
                .update() == 1;
    }

    /** The parts of a rolled-forward draft that still hold last year's content. */
    public java.util.Set<String> toReview(long id) {
        String parts = jdbc.sql("select to_review from disclosure where id = ?").param(id).query(String.class).optional().orElse("");
        java.util.Set<String> set = new java.util.LinkedHashSet<>();
        for (String part : parts.split(",")) {
            if (!part.isBlank()) {
                set.add(part);
            }
        }
        return set;
    }

    public void markForReview(long id, java.util.Collection<String> parts) {
        jdbc.sql("update disclosure set to_review = ? where id = ?").params(String.join(",", parts), id).update();
    }

    /** One part checked and saved: it no longer holds last year's content unseen. */
    public void reviewed(long id, String part) {
        java.util.Set<String> left = toReview(id);
        if (left.remove(part)) {
            markForReview(id, left);
        }
    }

    /** A draft the department does not want: withdrawn, kept with its audit, no longer open. */
    public boolean withdraw(long id, int lockVersion) {
        return jdbc.sql("update disclosure set status = 'WITHDRAWN', lock_version = lock_version + 1, updated_at = now() "
                        + "where id = ? and lock_version = ? and status in ('DRAFT', 'RETURNED')")
                .params(id, lockVersion).update() == 1;
    }

    public void recordSubmission(long id, String model) {
        jdbc.sql("insert into submission (disclosure_id, model) values (?, ?::jsonb)").params(id, model).update();
    }

    /** The models submitted for a version, newest first. */
    public List<Submission> submissions(long id) {
        return jdbc.sql("select submitted_at, model::text from submission where disclosure_id = ? order by id desc").param(id)
                .query((rs, n) -> new Submission(rs.getObject(1, OffsetDateTime.class), rs.getString(2))).list();
    }

    public record Submission(OffsetDateTime at, String model) {
    }

    /** Marks the earlier published versions of a department-year's budget or final accounts superseded by a newer publication. */
    public void supersedeBefore(String departmentCode, int year, DisclosureKind kind, int version) {
        jdbc.sql("update disclosure set superseded = true where department_code = ? and year = ? and kind = ? and version < ? "
                        + "and status = 'PUBLISHED'")
                .params(departmentCode, year, kind.name(), version).update();
    }

    public void audit(String actor, Long disclosureId, String action, String summary) {
        jdbc.sql("insert into audit_log (actor, disclosure_id, action, summary) values (?, ?, ?, ?)")
                .params(actor, disclosureId, action, summary).update();
    }

    public List<AuditEntry> auditOf(long disclosureId) {
        return jdbc.sql("select at, actor, action, summary from audit_log where disclosure_id = ? order by id")
                .param(disclosureId)
                .query((rs, n) -> new AuditEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<String> regionOf(String departmentCode) {
        return jdbc.sql("select region_code from department where code = ?").param(departmentCode).query(String.class).optional();
    }

    public Optional<String> departmentName(String departmentCode) {
        return jdbc.sql("select name from department where code = ?").param(departmentCode).query(String.class).optional();
    }

    public Optional<String> regionName(String code) {
        return jdbc.sql("select name from region where code = ?").param(code).query(String.class).optional();
    }

    public boolean regionExists(String code) {
        return jdbc.sql("select count(*) from region where code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<java.util.Map<String, Object>> departments() {
        return jdbc.sql("select d.code, d.name, d.region_code as \"regionCode\", r.name as \"regionName\" from department d "
                + "join region r on r.code = d.region_code order by d.region_code, d.code").query().listOfRows();
    }

    public void ensureRegion(String code, String name) {
        jdbc.sql("insert into region (code, name) values (?, ?) on conflict (code) do nothing").params(code, name).update();
    }

    public void ensureDepartment(String code, String name, String regionCode) {
        jdbc.sql("insert into department (code, name, region_code) values (?, ?, ?) on conflict (code) do nothing")
                .params(code, name, regionCode).update();
    }

    public boolean anyDepartment() {
        return jdbc.sql("select count(*) from department").query(Long.class).single() > 0;
    }

    /** Publishes a loaded version directly (sample data on first start). */
    public void markPublished(long id) {
        jdbc.sql("update disclosure set status = 'PUBLISHED', approved_at = now(), published_at = now() where id = ?").param(id).update();
    }

    /** Entries of the audit log. */
    public record AuditEntry(OffsetDateTime at, String actor, String action, String summary) {
    }

    private static DisclosureRecord record(ResultSet rs, int n) throws SQLException {
        return new DisclosureRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), Status.valueOf(rs.getString(5)),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11),
                rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class), rs.getString(14),
                DisclosureKind.valueOf(rs.getString(15)));
    }
}
