package org.gongkai.server.api;

import java.time.OffsetDateTime;
import org.gongkai.server.persistence.DisclosureRecord;

/** What the API shows of a disclosure version, a budget's or final accounts' (the model itself is served separately). */
public record DisclosureView(long id, String departmentCode, int year, int version, String status, String statusName,
                             int lockVersion, boolean superseded, OffsetDateTime approvedAt, OffsetDateTime publishedAt,
                             OffsetDateTime publishBy, boolean overdue, String reviewComment, String correctionReason,
                             String kind, String kindName) {

    /** Approval starts the 20-day publication clock. */
    public static DisclosureView of(DisclosureRecord r) {
        OffsetDateTime due = r.approvedAt() == null ? null : r.approvedAt().plusDays(20);
        boolean overdue = due != null && r.publishedAt() == null && due.isBefore(OffsetDateTime.now());
        return new DisclosureView(r.id(), r.departmentCode(), r.year(), r.version(), r.status().name(), r.status().chinese(),
                r.lockVersion(), r.superseded(), r.approvedAt(), r.publishedAt(), due, overdue, r.reviewComment(), r.correctionReason(),
                r.kind().name(), r.kind().chinese());
    }
}
