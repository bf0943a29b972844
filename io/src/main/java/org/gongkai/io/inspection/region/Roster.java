package org.gongkai.io.inspection.region;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.io.importing.source.ImportException;

/**
 * Who in a region must publish: a CSV with the columns 编码,名称,级次 (部门 or 单位), 上级编码 (a unit's 部门), and
 * optionally 批复日期, 预算批复日期, 决算批复日期. A bad file is refused with the line and what was expected.
 */
public final class Roster {

    public static final String FILE_NAME = "roster.csv";
    private static final List<String> REQUIRED = List.of("编码", "名称", "级次");

    private final List<RosterEntry> entries;

    private Roster(List<RosterEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Roster none() {
        return new Roster(List.of());
    }

    public static Roster of(List<RosterEntry> entries) {
        return new Roster(entries);
    }

    public List<RosterEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The units the roster lists under a 部门. */
    public List<RosterEntry> unitsOf(RosterEntry department) {
        return entries.stream().filter(e -> e.level() == Disclosure.Level.UNIT && department.code().equals(e.parentCode())).toList();
    }

    public static Roster read(Path csv) {
        try {
            return parse(csv.toString(), Files.readString(csv, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ImportException(csv + "：名单应为 UTF-8 编码的 CSV");
        } catch (IOException e) {
            throw new ImportException(csv + "：无法读取名单（" + e.getMessage() + "）");
        }
    }

    /** Parses the roster's text; {@code name} is how messages name the file. */
    public static Roster parse(String name, String text) {
        List<RosterEntry> entries = new ArrayList<>();
        try (Reader reader = new StringReader(text.replace("\uFEFF", ""))) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                    .get().parse(reader);
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new ImportException(name + "：第 1 行表头缺少“" + column + "”列（应为：编码,名称,级次,上级编码,批复日期，"
                            + "可另加 预算批复日期、决算批复日期）");
                }
            }
            for (CSVRecord record : parser) {
                entries.add(entry(name, record, header));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportException(name + "：名单不是有效的 CSV（" + e.getMessage() + "）");
        }
        checkParents(name, entries);
        return new Roster(entries);
    }

    private static RosterEntry entry(String name, CSVRecord record, Map<String, Integer> header) {
        int line = (int) record.getRecordNumber() + 1;
        String code = get(record, header, "编码");
        String title = get(record, header, "名称");
        if (code.isEmpty() || title.isEmpty()) {
            throw new ImportException(name + "：第 " + line + " 行缺少" + (code.isEmpty() ? "编码" : "名称"));
        }
        String levelText = get(record, header, "级次");
        Disclosure.Level level = switch (levelText) {
            case "部门" -> Disclosure.Level.DEPARTMENT;
            case "单位" -> Disclosure.Level.UNIT;
            default -> throw new ImportException(name + "：第 " + line + " 行级次“" + levelText + "”应为“部门”或“单位”");
        };
        String parent = get(record, header, "上级编码");
        if (level == Disclosure.Level.UNIT && parent.isEmpty()) {
            throw new ImportException(name + "：第 " + line + " 行是单位，应填上级编码（所属部门的编码）");
        }
        return new RosterEntry(line, code, title, level, parent.isEmpty() ? null : parent, date(name, record, header, "批复日期", line),
                date(name, record, header, "预算批复日期", line), date(name, record, header, "决算批复日期", line));
    }

    private static void checkParents(String name, List<RosterEntry> entries) {
        Set<String> departments = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (RosterEntry e : entries) {
            if (!codes.add(e.code())) {
                throw new ImportException(name + "：第 " + e.line() + " 行编码“" + e.code() + "”与前面的行重复");
            }
            if (e.level() == Disclosure.Level.DEPARTMENT) {
                departments.add(e.code());
            }
        }
        for (RosterEntry e : entries) {
            if (e.parentCode() != null && e.level() == Disclosure.Level.UNIT && !departments.contains(e.parentCode())) {
                throw new ImportException(name + "：第 " + e.line() + " 行上级编码“" + e.parentCode() + "”不是名单中任何部门的编码");
            }
        }
    }

    private static String get(CSVRecord record, Map<String, Integer> header, String column) {
        Integer at = header.get(column);
        return at == null || at >= record.size() ? "" : record.get(at).strip();
    }

    private static LocalDate date(String name, CSVRecord record, Map<String, Integer> header, String column, int line) {
        String text = get(record, header, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            String[] parts = text.replace('/', '-').replace('.', '-').split("-");
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            throw new ImportException(name + "：第 " + line + " 行" + column + "“" + text + "”应为 2025-01-20 格式的日期");
        }
    }
}
