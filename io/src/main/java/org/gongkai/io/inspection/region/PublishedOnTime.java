package org.gongkai.io.inspection.region;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.inspection.Timeliness;

/**
 * Published within 20 days of approval: the roster's approval date for the document's kind against the publication
 * date of the dates table (公开日期). A document without both dates is not judged.
 */
public final class PublishedOnTime implements RegionRule {

    @Override
    public String id() {
        return "R-X-13";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "应在批复后 " + Timeliness.DAYS_ALLOWED + " 日内公开（批复日期取自名单，公开日期取自日期表）";
    }

    @Override
    public List<RegionFinding> check(Region region) {
        List<RegionFinding> findings = new ArrayList<>();
        for (Filed document : region.documents()) {
            Optional<RosterEntry> entry = region.entryOf(document);
            Optional<LocalDate> published = region.published(document.file());
            if (entry.isEmpty() || published.isEmpty()) {
                continue;
            }
            Optional<Region.Due> due = region.due(entry.get()).stream()
                    .filter(d -> d.approved() != null && d.year() == document.year() && d.kind() == document.kind()).findFirst();
            if (due.isEmpty()) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(due.get().approved().plusDays(Timeliness.DAYS_ALLOWED), published.get());
            if (late > 0) {
                findings.add(finding(entry.get().name(), List.of(document.file()), "公开时间", "逾期公开：" + document.describe() + "于 "
                        + due.get().approved() + " 批复（名单第 " + entry.get().line() + " 行），" + published.get() + " 才公开，逾期 " + late
                        + " 日；应在批复后 " + Timeliness.DAYS_ALLOWED + " 日内公开"));
            }
        }
        return findings;
    }
}
