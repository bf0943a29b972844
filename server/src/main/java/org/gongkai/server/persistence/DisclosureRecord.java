package org.gongkai.server.persistence;

import java.time.OffsetDateTime;
import org.gongkai.server.workflow.Status;

/** One stored disclosure version, with the model as its JSON. */
public record DisclosureRecord(long id, String departmentCode, int year, int version, Status status, String model,
                               int lockVersion, String warningExplanation, String reviewComment, String correctionReason,
                               boolean superseded, OffsetDateTime approvedAt, OffsetDateTime publishedAt, String regionCode) {
}
