package org.gongkai.server.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.server.persistence.DisclosureRecord;

/**
 * One published version as the portal lists it: its record (without the model), names, headline figures and finding
 * counts, held for every version; its model, tables and findings are read from the database when a page shows them.
 */
public final class PublishedDisclosure {

    private final DisclosureRecord record;
    private final String departmentName;
    private final String regionName;
    private final Summary summary;
    private final int errors;
    private final int warnings;
    private final java.util.function.Supplier<PublishedViews.Details> details;

    public PublishedDisclosure(DisclosureRecord record, String departmentName, String regionName, Summary summary, int errors,
                               int warnings, java.util.function.Supplier<PublishedViews.Details> details) {
        this.record = record;
        this.departmentName = departmentName;
        this.regionName = regionName;
        this.summary = summary;
        this.errors = errors;
        this.warnings = warnings;
        this.details = details;
    }

    public DisclosureRecord record() {
        return record;
    }

    public String departmentName() {
        return departmentName;
    }

    public String regionName() {
        return regionName;
    }

    public Summary summary() {
        return summary;
    }

    public DepartmentBudget model() {
        return details.get().model();
    }

    public List<StatementTable> tables() {
        return details.get().tables();
    }

    public List<Finding> findings() {
        return details.get().findings();
    }

    /** A budget (部门预算) or final accounts (部门决算). */
    public DisclosureKind kind() {
        return record.kind();
    }

    /** The whole final accounts, for a 决算 ({@link #model()} is their 决算数); empty for a budget. */
    public Optional<FinalAccounts> accounts() {
        return Optional.ofNullable(details.get().accounts());
    }

    /** Publication within 20 days of approval is on time; versions loaded without an approval date are unknown. */
    public enum Timeliness {
        ON_TIME("按时公开"), LATE("逾期公开"), UNKNOWN("审核日期未记录");

        private final String chinese;

        Timeliness(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public String departmentCode() {
        return record.departmentCode();
    }

    public int year() {
        return record.year();
    }

    public int version() {
        return record.version();
    }

    public OffsetDateTime publishedAt() {
        return record.publishedAt();
    }

    public boolean superseded() {
        return record.superseded();
    }

    public Timeliness timeliness() {
        if (record.approvedAt() == null || record.publishedAt() == null) {
            return Timeliness.UNKNOWN;
        }
        return record.publishedAt().isAfter(record.approvedAt().plusDays(20)) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    /**
     * The page of this version: the current one has no version in its address, so links to it stay stable (the budget
     * and the 决算 of a department-year share it); an earlier version of a 决算 names its kind beside its number.
     */
    public String path() {
        String page = "/d/" + departmentCode() + "/" + year();
        if (!superseded()) {
            return page;
        }
        return page + (kind() == DisclosureKind.BUDGET ? "?" : "?kind=" + kind().name() + "&") + "version=" + version();
    }
}
