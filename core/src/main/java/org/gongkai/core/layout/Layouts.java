package org.gongkai.core.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The built-in table layouts (tables.tsv and columns.tsv beside this class). */
public final class Layouts {

    /** Regional wordings of title words, read as the words the table aliases use (title-words.tsv). */
    private static final List<String[]> TITLE_WORDS = rows("title-words.tsv", 2);
    /** How the explanation's headings name its parts (section-headings.tsv), in the order they are tried. */
    private static final List<SectionHeading> SECTION_HEADINGS = rows("section-headings.tsv", 3).stream()
            .map(r -> new SectionHeading(org.gongkai.core.budget.NarrativeSection.valueOf(r[0]), java.util.regex.Pattern.compile(r[1]),
                    r[2].isEmpty() ? null : java.util.regex.Pattern.compile(r[2]))).toList();
    private static final Layouts BUILT_IN = load();
    /** Numbering, year and 单位/部门 words that precede or decorate a title but never distinguish tables. */
    private static final Pattern DECORATION = Pattern.compile(
            "^(公开\\d+表|公开表[一二三四五六七八九十]+|表(?:\\d+|[一二三四五六七八九十]+(?!般))|[一二三四五六七八九十]+[、.．]|\\d+[、.．]?|[（(][一二三四五六七八九十\\d]+[）)])");

    private final Map<String, TableLayout> tables;
    private final List<String[]> regions;
    private final List<ThreePublicRow> threePublicRows;

    /** A row of the national “三公”经费支出表 (three-public-rows.tsv). */
    public record ThreePublicRow(String key, String label, String parent, String style) {
    }

    private Layouts(Map<String, TableLayout> tables, List<String[]> regions, List<ThreePublicRow> threePublicRows) {
        this.tables = tables;
        this.regions = regions;
        this.threePublicRows = threePublicRows;
    }

    private record SectionHeading(org.gongkai.core.budget.NarrativeSection section, java.util.regex.Pattern pattern,
                                  java.util.regex.Pattern unless) {
        boolean names(String heading) {
            return pattern.matcher(heading).matches() && (unless == null || !unless.matcher(heading).find());
        }
    }

    /**
     * The part of a budget's explanation a heading names (section-headings.tsv), the heading given folded: no spaces,
     * no leading numbering, no closing ：.
     */
    public static Optional<org.gongkai.core.budget.NarrativeSection> sectionOfHeading(String foldedHeading) {
        return SECTION_HEADINGS.stream().filter(h -> h.names(foldedHeading)).map(SectionHeading::section).findFirst();
    }

    /** The rows of the national “三公”经费支出表, in printed order. */
    public List<ThreePublicRow> threePublicRows() {
        return threePublicRows;
    }

    /** The printed label of a “三公” row. */
    public String threePublicLabel(String key) {
        return threePublicRows.stream().filter(r -> r.key().equals(key)).map(ThreePublicRow::label).findFirst()
                .orElseThrow(() -> new IllegalStateException("“三公”经费表没有行 " + key));
    }

    /** The region (regions.tsv) whose name the text contains, if one has a variant for that year. */
    public Optional<String> regionOf(String text, int year) {
        return regions.stream().filter(r -> text.contains(r[0]) && within(r, year)).map(r -> r[0]).findFirst();
    }

    /** The ids of the standard tables a region's package does not publish in a year (none for most regions). */
    public java.util.Set<String> omittedTables(String region, int year) {
        java.util.Set<String> omitted = new java.util.HashSet<>();
        regions.stream().filter(r -> r[0].equals(region) && within(r, year))
                .forEach(r -> java.util.Arrays.stream(r[3].split(",")).map(String::strip).filter(t -> !t.isEmpty()).forEach(omitted::add));
        return omitted;
    }

    private static boolean within(String[] region, int year) {
        return (region[1].isEmpty() || year >= Integer.parseInt(region[1])) && (region[2].isEmpty() || year <= Integer.parseInt(region[2]));
    }

    public static Layouts builtIn() {
        return BUILT_IN;
    }

    public List<TableLayout> tables() {
        return List.copyOf(tables.values());
    }

    public TableLayout table(String id) {
        TableLayout table = tables.get(id);
        if (table == null) {
            throw new IllegalArgumentException("未知的表样：" + id);
        }
        return table;
    }

    /** Text folded for matching: NFKC, no white space, curly quotes and brackets unified. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replace('“', '"').replace('”', '"').replace('（', '(').replace('）', ')');
    }

    /** The folded title without its numbering ("公开01表", "表3", "五、"). */
    public static String foldTitle(String text) {
        String folded = fold(text);
        String previous;
        do {
            previous = folded;
            folded = DECORATION.matcher(folded).replaceFirst("");
        } while (!folded.equals(previous));
        for (String[] word : TITLE_WORDS) {
            folded = folded.replace(word[0], word[1]);
        }
        return folded;
    }

    /** The table a title names, the most specific match over all layouts; empty when none matches. */
    public Optional<TableLayout> byTitle(String title) {
        String folded = foldTitle(title);
        TableLayout best = null;
        int bestWeight = 0;
        for (TableLayout table : tables.values()) {
            int weight = table.titleWords().match(folded);
            if (weight > bestWeight) {
                best = table;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Layouts load() {
        Map<String, List<LayoutColumn>> columns = new LinkedHashMap<>();
        for (String[] row : rows("columns.tsv", 6)) {
            columns.computeIfAbsent(row[0], t -> new ArrayList<>()).add(new LayoutColumn(row[1], row[2],
                    LayoutColumn.Kind.valueOf(row[3].toUpperCase(java.util.Locale.ROOT)), row[4], Words.parse(row[5])));
        }
        Map<String, TableLayout> tables = new LinkedHashMap<>();
        for (String[] row : rows("tables.tsv", 7)) {
            tables.put(row[0], new TableLayout(row[0], Integer.parseInt(row[1]), row[2], Words.parse(row[3]),
                    row[4].equals("yes"), columns.getOrDefault(row[0], List.of()), kindOf(row[6], row[0])));
        }
        for (String table : columns.keySet()) {
            if (!tables.containsKey(table)) {
                throw new IllegalStateException("columns.tsv 中的表样 " + table + " 不在 tables.tsv 中");
            }
        }
        return new Layouts(tables, rows("regions.tsv", 5), rows("three-public-rows.tsv", 4).stream()
                .map(r -> new ThreePublicRow(r[0], r[1], r[2], r[3])).toList());
    }

    private static org.gongkai.core.budget.DisclosureKind kindOf(String shortName, String table) {
        return java.util.Arrays.stream(org.gongkai.core.budget.DisclosureKind.values()).filter(k -> k.shortName().equals(shortName))
                .findFirst().orElseThrow(() -> new IllegalStateException("tables.tsv 中表样 " + table + " 的 kind 应为 预算 或 决算：" + shortName));
    }

    /**
     * The data lines of a tab-separated resource beside this class (comments and the header line skipped), each checked
     * to have {@code width} columns: the one reader of the layout data files.
     */
    public static List<String[]> rows(String resource, int width) {
        try (InputStream in = Layouts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少表样资源文件 " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != width) {
                    throw new IllegalStateException(resource + " 第 " + number + " 行应有 " + width + " 列，实际 " + cells.length + " 列");
                }
                if (!header) {
                    rows.add(cells);
                }
                header = false;
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取表样资源文件 " + resource, e);
        }
    }
}
