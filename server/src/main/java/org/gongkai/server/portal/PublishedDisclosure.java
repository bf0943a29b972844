package org.gongkai.server.portal;

import java.time.OffsetDateTime;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.server.persistence.DisclosureRecord;

/** One published version with everything its pages need, computed once per snapshot. */
public record PublishedDisclosure(DisclosureRecord record, String departmentName, String regionName, DepartmentBudget model,
                                  List<StatementTable> tables, List<Finding> findings, Summary summary) {

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
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** The page of this version: the current one has no version in its address, so links to it stay stable. */
    public String path() {
        return "/d/" + departmentCode() + "/" + year() + (superseded() ? "?version=" + version() : "");
    }
}
