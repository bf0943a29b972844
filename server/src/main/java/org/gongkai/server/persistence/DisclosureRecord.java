package org.gongkai.server.persistence;

import java.time.OffsetDateTime;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.server.workflow.Status;

/** One stored disclosure version — a budget or final accounts — with the model as its JSON. */
public record DisclosureRecord(long id, String departmentCode, int year, int version, Status status, String model,
                               int lockVersion, String warningExplanation, String reviewComment, String correctionReason,
                               boolean superseded, OffsetDateTime approvedAt, OffsetDateTime publishedAt, String regionCode,
                               DisclosureKind kind) {

    public DisclosureRecord {
        kind = kind == null ? DisclosureKind.BUDGET : kind;
    }

    /** A budget's version: every version was one before final accounts were published (V9). */
    public DisclosureRecord(long id, String departmentCode, int year, int version, Status status, String model,
                            int lockVersion, String warningExplanation, String reviewComment, String correctionReason,
                            boolean superseded, OffsetDateTime approvedAt, OffsetDateTime publishedAt, String regionCode) {
        this(id, departmentCode, year, version, status, model, lockVersion, warningExplanation, reviewComment, correctionReason,
                superseded, approvedAt, publishedAt, regionCode, DisclosureKind.BUDGET);
    }
}
