package org.gongkai.io.importing.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.StandardTable;

/**
 * The wordings regions print, taken from the layout data itself (core/layout/tables.tsv and columns.tsv), never typed
 * here: each alias alternative's required words, in order, a word ending in 表 put last, is a printable title or
 * header. A wording is kept only where the layout data reads it back as the same table or column, so that a print
 * never says something else than the model.
 */
public final class Vocabulary {

    private static final String LAYOUT = "/org/gongkai/core/layout/";
    private static final Vocabulary BUILT_IN = new Vocabulary();

    private final List<String[]> tables = rows("tables.tsv");
    private final List<String[]> columns = rows("columns.tsv");

    private Vocabulary() {
    }

    public static Vocabulary builtIn() {
        return BUILT_IN;
    }

    /** Titles naming the table: the official one, without its 部门预算 prefix, and each alias, with or without 部门. */
    public List<String> titles(StandardTable kind) {
        String[] row = tables.stream().filter(r -> r[0].equals(kind.name())).findFirst().orElseThrow();
        Set<String> candidates = new LinkedHashSet<>(List.of(row[2], row[2].replaceFirst("^部门预算", "")));
        for (String printed : printable(row[3])) {
            String title = printed.endsWith("表") ? printed : printed + "表";
            candidates.add(title);
            candidates.add(title.startsWith("部门") ? title : "部门" + title);
        }
        return candidates.stream().map(t -> t.replace("三公", "“三公”").replace("““", "“").replace("””", "”"))
                .filter(t -> Layouts.builtIn().byTitle(t).map(TableLayout::id).filter(kind.name()::equals).isPresent()).toList();
    }

    /**
     * Leaf labels for a column under the header cells {@code above} it: the column's official label and each of its
     * aliases, those the layout reads back as the same column.
     */
    public List<String> headers(StandardTable kind, List<String> above, String key) {
        TableLayout layout = Layouts.builtIn().table(kind.name());
        Set<String> candidates = new LinkedHashSet<>();
        columns.stream().filter(r -> r[0].equals(kind.name()) && r[1].equals(key)).forEach(r -> {
            candidates.add(r[2]);
            candidates.addAll(printable(r[5]));
        });
        return candidates.stream().filter(c -> key(layout, above, c).filter(key::equals).isPresent()).toList();
    }

    /** The key the layout gives a column headed by {@code above} and then {@code leaf}. */
    public static Optional<String> key(TableLayout layout, List<String> above, String leaf) {
        List<String> path = new ArrayList<>(above);
        path.add(leaf);
        return layout.columnFor(String.join("/", path.stream().map(Layouts::fold).toList())).map(LayoutColumn::key);
    }

    /**
     * Labels for a total row: the official one and the table's amount-column aliases that end in 合计 or 总计 on the
     * same side (收入…, 支出…, or none).
     */
    public List<String> totals(StandardTable kind, String official) {
        String side = official.startsWith("收入") ? "收入" : official.startsWith("支出") ? "支出" : "";
        Set<String> candidates = new LinkedHashSet<>(List.of(official));
        columns.stream().filter(r -> r[0].equals(kind.name()) && r[3].equals("amount")).flatMap(r -> printable(r[5]).stream())
                .filter(w -> w.matches(side + "(合计|总计)")).forEach(candidates::add);
        return List.copyOf(candidates);
    }

    /** Each alternative's required words joined in order, a word ending in 表 last ("支出预算表+部门" → 部门支出预算表). */
    static List<String> printable(String rule) {
        List<String> printed = new ArrayList<>();
        for (String alternative : rule.split("\\|")) {
            List<String> words = new ArrayList<>();
            for (String word : alternative.strip().split("(?=[+-])")) {
                if (!word.startsWith("-") && !word.replace("+", "").isEmpty()) {
                    words.add(word.replace("+", ""));
                }
            }
            words.sort((a, b) -> Boolean.compare(a.endsWith("表"), b.endsWith("表")));
            if (!words.isEmpty()) {
                printed.add(String.join("", words));
            }
        }
        return printed;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(LAYOUT + resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
