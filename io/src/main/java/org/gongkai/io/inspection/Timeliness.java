package org.gongkai.io.inspection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.io.importing.source.ImportException;

/**
 * Publication within 20 days of the budget's approval (批复). The dates come from a CSV the inspector keeps
 * (文件,批复日期,公开日期 — one line per document file name); a document without both dates is not judged.
 */
public final class Timeliness {

    public static final int DAYS_ALLOWED = 20;

    public enum Verdict { ON_TIME, LATE, UNKNOWN }

    /** The judgement of one document: the verdict, the dates (ISO, as in the dates table) and the days late. */
    public record Judgement(Verdict verdict, String approved, String published, long daysLate) {

        public static final Judgement UNKNOWN = new Judgement(Verdict.UNKNOWN, null, null, 0);

        public String chinese() {
            return switch (verdict) {
                case ON_TIME -> "按时（批复后 " + ChronoUnit.DAYS.between(LocalDate.parse(approved), LocalDate.parse(published))
                        + " 日公开）";
                case LATE -> "逾期 " + daysLate + " 日";
                case UNKNOWN -> published == null ? "未知（无日期）" : "未知（无批复日期；" + published + " 公开）";
            };
        }
    }

    private record Dates(LocalDate approved, LocalDate published) {
    }

    private final Map<String, Dates> byFile;

    private Timeliness(Map<String, Dates> byFile) {
        this.byFile = byFile;
    }

    public static Timeliness none() {
        return new Timeliness(Map.of());
    }

    public static Timeliness read(Path csv) {
        Map<String, Dates> dates = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                    .parse(reader)) {
                String file = record.get(0).replace("\uFEFF", "");
                dates.put(file, new Dates(date(record, 1, csv), date(record, 2, csv)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(csv + "：无法读取日期表（应为 CSV：文件,批复日期,公开日期）：" + e.getMessage());
        }
        return new Timeliness(dates);
    }

    /**
     * These dates plus the publication dates read from a saved site (file → 发布时间); a date in the table wins, and
     * an approval date still comes only from the table.
     */
    public Timeliness withPublished(Map<String, LocalDate> published) {
        Map<String, Dates> dates = new HashMap<>(byFile);
        published.forEach((file, date) -> dates.merge(file, new Dates(null, date),
                (table, site) -> table.published() != null ? table : new Dates(table.approved(), site.published())));
        return new Timeliness(dates);
    }

    public Judgement judge(String file) {
        Dates d = dates(file);
        if (d != null && d.approved() == null && d.published() != null) {
            return new Judgement(Verdict.UNKNOWN, null, d.published().toString(), 0);
        }
        if (d == null || d.approved() == null || d.published() == null) {
            return Judgement.UNKNOWN;
        }
        long late = ChronoUnit.DAYS.between(d.approved().plusDays(DAYS_ALLOWED), d.published());
        return new Judgement(late > 0 ? Verdict.LATE : Verdict.ON_TIME, d.approved().toString(), d.published().toString(),
                Math.max(0, late));
    }

    /** The publication date the table gives for a file, if any (the region's roster may give its approval date). */
    public java.util.Optional<LocalDate> published(String file) {
        Dates d = dates(file);
        return java.util.Optional.ofNullable(d == null ? null : d.published());
    }

    private Dates dates(String file) {
        Dates d = byFile.get(file);
        if (d == null) {
            String base = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
            d = byFile.get(base);
        }
        return d;
    }

    private static LocalDate date(CSVRecord record, int column, Path csv) {
        if (record.size() <= column || record.get(column).isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(record.get(column).strip().replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("第 " + record.getRecordNumber() + " 行日期“" + record.get(column) + "”应为 2024-03-01 格式");
        }
    }
}
