package org.gongkai.server.inspection;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.inspection.bulletin.LocatedFindings;

/**
 * One checked document's report as the job page shows it: who, which year and kind, its score, and each finding with
 * the page it was found on (0 when not found or the format has no pages), kept with the job since the batch is gone
 * once it has run.
 */
public record DocumentReport(int number, String file, String department, Integer year, String kind, BigDecimal score, long errors,
                             long warnings, List<Line> lines) {

    /** One finding: 级别, 第 N 页, where on it, the text quoted from there, what is wrong and what is expected. */
    public record Line(int number, String severity, String severityName, int page, String where, String quote, String message,
                       String expected) {

        /** 「第 3 页」, or 「—」 where no page is known. */
        public String pageText() {
            return page > 0 ? "第 " + page + " 页" : "—";
        }
    }

    static DocumentReport of(LocatedFindings.Document document) {
        var card = document.card();
        List<Line> lines = document.entries().stream().map(e -> new Line(e.number(), e.finding().severity().chinese(),
                e.finding().severity().name(), e.page(), place(e), e.quote(), e.finding().message(), e.expected())).toList();
        return new DocumentReport(card.number(), card.file(), card.departmentName(), card.year(), card.kindName(), card.score(),
                card.count(Severity.ERROR), card.count(Severity.WARNING), lines);
    }

    /** Where on the page: the rule's location without the page (shown in its own column) and without the quote. */
    private static String place(LocatedFindings.Entry entry) {
        return entry.where().replaceFirst("^第 \\d+ 页 · ", "").replaceFirst("^第 \\d+ 页$", "");
    }
}
