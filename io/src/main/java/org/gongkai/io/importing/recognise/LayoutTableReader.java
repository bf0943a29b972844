package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;

/**
 * Reads a published table by its layout: each column is identified by its header path (the header cells above it,
 * top to bottom) against the layout's header words — never by position alone — and each body row becomes a
 * {@link ReadTable.Row} of code, name and amounts by key. Grids continued without their header keep the columns
 * of the grid before. A column no layout word identifies is reported once, not at every row.
 */
public final class LayoutTableReader {

    private LayoutTableReader() {
    }

    public static ReadTable read(TableLayout layout, Integer number, String title, String unit, String note, List<Block.Grid> grids,
                          String where) {
        List<ReadTable.Row> rows = new ArrayList<>();
        Map<Integer, List<ReadTable.Row>> byHalf = new java.util.TreeMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<LayoutColumn> previous = null;
        List<String> previousPaths = null;
        int printedLines = 0;
        for (Block.Grid grid : grids) {
            List<List<String>> cells = grid.rows();
            int firstData = firstData(cells);
            boolean headed = cells.subList(0, firstData).stream().anyMatch(r -> !isColumnNumbers(r));
            boolean continued = !headed && previous != null && previous.size() == width(cells);
            List<String> paths = continued ? previousPaths : paths(layout, cells, firstData, grid.spansKnown());
            List<LayoutColumn> columns = continued ? previous
                    : typedByBody(layout, columns(layout, paths, unknown), cells.subList(firstData, cells.size()));
            previous = columns;
            previousPaths = paths;
            List<Integer> halves = layout.twoSided() ? List.of(0) : halves(columns);
            for (List<String> row : cells.subList(firstData, cells.size())) {
                if (isHeaderRepeat(row, cells.subList(0, firstData)) || isColumnNumbers(row)) {
                    continue;
                }
                if (halves.size() > 1) {
                    int line = printedLines++;
                    for (int h = 0; h < halves.size(); h++) {
                        ReadTable.Row half = half(columns, row, halves, h);
                        if (hasContent(half)) {
                            byHalf.computeIfAbsent(h, k -> new ArrayList<>()).add(new ReadTable.Row(halfName(h, halves.size()),
                                    half.code(), half.name(), half.amounts(), half.texts(), line));
                        }
                    }
                } else if (layout.twoSided()) {
                    int line = printedLines++;
                    sides(columns, row).forEach(side -> rows.add(side.onLine(line)));
                } else {
                    ReadTable.Row read = row(completedByRowLabel(layout, columns, paths, row), row, null);
                    ReadTable.Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                    if (last != null && read.code() == null && read.name() == null && !read.amounts().isEmpty()
                            && last.amounts().isEmpty() && (last.code() != null || last.name() != null)) {
                        // A stray ruling split one printed row: its amounts below its code and name.
                        rows.set(rows.size() - 1, new ReadTable.Row(null, last.code(), last.name(), read.amounts(), last.texts()));
                    } else if (hasContent(read)) {
                        rows.add(read);
                    }
                }
            }
        }
        byHalf.values().forEach(rows::addAll);
        return new ReadTable(layout.id(), number, title, unit, note, rows, new ArrayList<>(unknown), where);
    }

    /**
     * Where each half of a table printed as halves side by side begins (a 决算's 基本支出 table: 人员经费 on the left,
     * 公用经费 on the right, each with its own 科目编码 | 科目名称 | 决算数): the first column's key met again after other
     * keys, every stretch holding a name and an amount. An ordinary table is one stretch.
     */
    static List<Integer> halves(List<LayoutColumn> columns) {
        List<Integer> starts = new ArrayList<>();
        String first = null;
        String previous = null;
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c) == null ? null : columns.get(c).key();
            if (key != null && (first == null || key.equals(first) && !key.equals(previous))) {
                first = first == null ? key : first;
                starts.add(c);
            }
            previous = key;
        }
        for (int h = 0; h < starts.size() && starts.size() > 1; h++) {
            List<LayoutColumn> stretch = columns.subList(starts.get(h), h + 1 < starts.size() ? starts.get(h + 1) : columns.size());
            if (stretch.stream().noneMatch(c -> c != null && c.kind() == LayoutColumn.Kind.NAME)
                    || stretch.stream().noneMatch(c -> c != null && c.amount())) {
                return List.of(0);
            }
        }
        return starts.size() > 1 ? starts : List.of(0);
    }

    /** One half of a printed row: its own columns' cells. */
    private static ReadTable.Row half(List<LayoutColumn> columns, List<String> cells, List<Integer> halves, int h) {
        int from = h == 0 ? 0 : halves.get(h);
        int to = h + 1 < halves.size() ? halves.get(h + 1) : columns.size();
        return row(columns.subList(from, to), cells.subList(Math.min(from, cells.size()), Math.min(to, cells.size())), null);
    }

    /** left and right; a third half in between is middle. */
    private static String halfName(int h, int halves) {
        return h == 0 ? "left" : h == halves - 1 ? "right" : "middle" + h;
    }

    private static int width(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The first row holding an amount or a code: the rows above it are the header. */
    private static int firstData(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (!isColumnNumbers(rows.get(r)) && rows.get(r).stream().anyMatch(c -> Cells.amount(c).isPresent() || Cells.isCode(c))) {
                return r;
            }
        }
        return rows.size();
    }

    /** The 栏次 row numbering the columns (labelled, or 1 2 3 … alone): structure, never a data row. */
    private static boolean isColumnNumbers(List<String> row) {
        return Cells.isColumnNumbering(row);
    }

    /** A header repeated on a continuation page (inside a merged grid): a row with no amount that equals a header row. */
    private static boolean isHeaderRepeat(List<String> row, List<List<String>> header) {
        return header.contains(row) || row.stream().noneMatch(c -> Cells.amount(c).isPresent())
                && row.stream().filter(c -> !c.isBlank()).count() > 1
                && row.stream().allMatch(c -> c.isBlank() || header.stream().anyMatch(h -> h.contains(c)));
    }

    /**
     * Each column's header path, top to bottom ("本年支出/预算数/基本支出/人员经费"). A grid without known spans
     * (text renderings) fills a blank upper header cell from its left neighbour, where a spanning cell printed once —
     * within the cell above it: a blank under 公务接待费 takes nothing from the 公务用车 columns beside it.
     */
    static List<String> header(List<List<String>> header, boolean spansKnown, int width) {
        String[][] filled = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                String text = cell(header.get(r), c);
                if (text.isBlank() && !spansKnown && r < header.size() - 1) {
                    for (int left = c - 1; left >= 0 && text.isBlank() && (r == 0 || filled[r - 1][left].equals(filled[r - 1][c])); left--) {
                        text = cell(header.get(r), left);
                    }
                }
                filled[r][c] = text;
            }
        }
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> parts = new ArrayList<>();
            for (String[] row : filled) {
                String folded = Layouts.fold(row[c]);
                if (!folded.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(folded))) {
                    parts.add(folded);
                }
            }
            paths.add(String.join("/", parts));
        }
        return paths;
    }

    private static String cell(List<String> row, int c) {
        return c < row.size() ? row.get(c) : "";
    }

    /**
     * The header paths, completed where the print leaves them short: a column with text below a blank header takes
     * its left neighbour's (a label printed once over a two-level name, "项目名称" over "一般公共预算资金 | 小计"), and a
     * two-sided table whose header lost its top row to the previous page ("收入 | 支出") gets its sides back by order:
     * the first name column and what follows it up to the second name column are income.
     */
    private static List<String> paths(TableLayout layout, List<List<String>> cells, int firstData, boolean spansKnown) {
        List<List<String>> header = cells.subList(0, firstData).stream().filter(r -> !isColumnNumbers(r)).toList();
        List<String> paths = new ArrayList<>(header(header, spansKnown, width(cells)));
        for (int c = 1; c < paths.size(); c++) {
            int column = c;
            boolean used = cells.subList(firstData, cells.size()).stream().anyMatch(r -> column < r.size() && !r.get(column).isBlank());
            if (paths.get(c).isEmpty() && used) {
                paths.set(c, paths.get(c - 1));
            }
        }
        if (layout.twoSided() && paths.stream().noneMatch(p -> p.contains("收入"))) {
            int second = -1;
            int names = 0;
            for (int c = 0; c < paths.size() && second < 0; c++) {
                if (paths.get(c).matches(".*(项目|名称|科目)$") && ++names == 2) {
                    second = c;
                }
            }
            for (int c = 0; c < paths.size() && second > 0; c++) {
                paths.set(c, c < second ? "收入/" + paths.get(c) : paths.get(c).startsWith("支出") ? paths.get(c) : "支出/" + paths.get(c));
            }
        }
        return paths;
    }

    /**
     * Each column's layout column by its header path. A column headed 序号 or 行次 (under whatever spans it: 「收入/行次」)
     * numbers the rows: it is structure, never a name or an amount; one under a change header is no amount of the year.
     */
    private static List<LayoutColumn> columns(TableLayout layout, List<String> paths, Set<String> unknown) {
        List<LayoutColumn> columns = new ArrayList<>();
        for (String path : paths) {
            String leaf = path.substring(path.lastIndexOf('/') + 1);
            Optional<LayoutColumn> column = path.isEmpty() || Cells.isNumberingHeader(leaf) || Cells.isChangeHeader(path) ? Optional.empty()
                    : columnFor(layout, path);
            if (column.isEmpty() && !path.isEmpty() && !path.matches(".*(序号|栏次|行次).*") && !Cells.isChangeHeader(path)) {
                unknown.add(path);
            }
            columns.add(column.orElse(null));
        }
        return thisYearsOnly(columns, paths);
    }

    /**
     * A table whose header names what each column is of but not which figure (a 决算's “三公” table: 小计 | 因公出国（境）费用
     * | … over the rows 预算数 and 决算数) is completed by each row's label: the columns of row 「决算数」 are read as
     * 「…/因公出国（境）费用/决算数」. A header that names its amounts already is left as it is.
     */
    private static List<LayoutColumn> completedByRowLabel(TableLayout layout, List<LayoutColumn> columns, List<String> paths, List<String> row) {
        if (columns.stream().anyMatch(c -> c != null && c.amount())) {
            return columns;
        }
        Optional<String> label = java.util.stream.IntStream.range(0, Math.min(columns.size(), row.size()))
                .filter(c -> columns.get(c) != null && columns.get(c).kind() == LayoutColumn.Kind.NAME && !row.get(c).isBlank())
                .mapToObj(c -> Layouts.fold(row.get(c))).findFirst();
        if (label.isEmpty()) {
            return columns;
        }
        List<LayoutColumn> completed = new ArrayList<>(columns);
        for (int c = 0; c < columns.size() && c < paths.size(); c++) {
            if (columns.get(c) == null && !paths.get(c).isEmpty() && !Cells.isChangeHeader(paths.get(c))) {
                int at = c;
                columnFor(layout, paths.get(c) + "/" + label.get()).filter(LayoutColumn::amount).ifPresent(l -> completed.set(at, l));
            }
        }
        return completed;
    }

    /**
     * A two-sided table's column headed like a name whose every cell is a figure (its header overprinted by the
     * neighbour's label: 「部门预预算算」) is its side's amount: what a column holds outweighs a garbled header.
     */
    private static List<LayoutColumn> typedByBody(TableLayout layout, List<LayoutColumn> columns, List<List<String>> body) {
        if (!layout.twoSided()) {
            return columns;
        }
        List<LayoutColumn> typed = new ArrayList<>(columns);
        for (int c = 0; c < columns.size(); c++) {
            LayoutColumn column = columns.get(c);
            int at = c;
            List<String> filled = body.stream().map(r -> cell(r, at).strip()).filter(t -> !t.isEmpty()).toList();
            boolean figures = !filled.isEmpty() && filled.stream().allMatch(t -> Cells.amount(t).isPresent())
                    && filled.stream().anyMatch(t -> t.matches(".*\\d[.,]\\d.*"));
            if (column != null && column.kind() == LayoutColumn.Kind.NAME && figures) {
                layout.columns().stream().filter(l -> column.side().equals(l.side()) && l.amount()).findFirst()
                        .ifPresent(amount -> typed.set(at, amount));
            }
        }
        return typed;
    }

    private static final Pattern HEADER_YEAR = Pattern.compile("(\\d{4})\\s*年");

    /**
     * A table printed in year halves (「2025年预算数 | 2026年预算数」, each with 合计 | 因公出国（境）费 …) gives one meaning
     * two columns: the one under the latest year is the document's own, the earlier one is last year's and is not read
     * as this year's.
     */
    private static List<LayoutColumn> thisYearsOnly(List<LayoutColumn> columns, List<String> paths) {
        Map<String, Integer> latest = new java.util.HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            Integer year = headerYear(paths.get(c));
            if (columns.get(c) != null && year != null) {
                latest.merge(columns.get(c).key(), year, Math::max);
            }
        }
        List<LayoutColumn> kept = new ArrayList<>(columns);
        for (int c = 0; c < columns.size(); c++) {
            Integer year = headerYear(paths.get(c));
            if (columns.get(c) != null && year != null && year < latest.get(columns.get(c).key())) {
                kept.set(c, null);
            }
        }
        return kept;
    }

    private static Integer headerYear(String path) {
        Matcher m = HEADER_YEAR.matcher(path);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The layout column a header path names, read as printed ("本年支出/合计") and with its levels run together: a label
     * wrapped over two header rows (「项目」 over 「支出」) is one label, 项目支出, not a 项目 (name) column; the words of the
     * column's own (lowest) label count twice.
     */
    private static Optional<LayoutColumn> columnFor(TableLayout layout, String path) {
        String joined = path.replace("/", "");
        String leaf = path.substring(path.lastIndexOf('/') + 1);
        LayoutColumn best = null;
        int bestWeight = 0;
        for (LayoutColumn column : layout.columns()) {
            int weight = Math.max(column.aliases().match(path), column.aliases().match(joined));
            // The column's own label outweighs the spans above it: 「公务用车购置费」 under 「公务用车购置及运行维护费」 is 购置费.
            weight += weight > 0 ? column.aliases().match(leaf) : 0;
            if (weight > bestWeight) {
                best = column;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The row's cells under each side's columns; a label on one expenditure side and its amount on the other join. An
     * expenditure side printed as several breakdowns of one total side by side (西安: 支出功能分类 | 部门预算支出经济科目 |
     * 政府预算支出经济分类, each 科目 | 预算数) gives one row per breakdown, the first in the line and the others after it.
     */
    private static List<ReadTable.Row> sides(List<LayoutColumn> columns, List<String> cells) {
        Map<String, ReadTable.Row> bySide = new LinkedHashMap<>();
        List<ReadTable.Row> breakdowns = new ArrayList<>();
        for (String side : List.of("income", "expenditure", "use")) {
            List<Integer> starts = side.equals("expenditure") ? breakdowns(columns) : List.of(0);
            for (int b = 0; b < starts.size(); b++) {
                int from = starts.get(b);
                int to = b + 1 < starts.size() ? starts.get(b + 1) : columns.size();
                ReadTable.Row row = row(columns.subList(from, to), cells.subList(Math.min(from, cells.size()), Math.min(to, cells.size())), side);
                if (hasContent(row) && b == 0) {
                    bySide.put(side, row);
                } else if (hasContent(row)) {
                    breakdowns.add(row);
                }
            }
        }
        List<ReadTable.Row> read = joinedUse(bySide);
        read.addAll(breakdowns);
        return read;
    }

    /** Where each breakdown of the expenditure side begins: at its start, and at a name column after one of amounts. */
    private static List<Integer> breakdowns(List<LayoutColumn> columns) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        boolean amounts = false;
        for (int c = 0; c < columns.size(); c++) {
            LayoutColumn column = columns.get(c);
            if (column == null || !"expenditure".equals(column.side())) {
                continue;
            }
            if (column.kind() == LayoutColumn.Kind.NAME && amounts) {
                starts.add(c);
                amounts = false;
            } else if (column.amount()) {
                amounts = true;
            }
        }
        return starts;
    }

    /** A label on one expenditure side and its amount on the other (支出 | 支出用途) make one row. */
    private static List<ReadTable.Row> joinedUse(Map<String, ReadTable.Row> bySide) {
        ReadTable.Row spent = bySide.get("expenditure");
        ReadTable.Row use = bySide.get("use");
        if (spent != null && use != null && spent.amounts().isEmpty() && use.name() == null) {
            bySide.put("expenditure", new ReadTable.Row("expenditure", null, spent.name(), use.amounts(), spent.texts()));
            bySide.remove("use");
        } else if (spent != null && use != null && spent.name() == null && use.amounts().isEmpty()) {
            bySide.put("use", new ReadTable.Row("use", null, use.name(), spent.amounts(), use.texts()));
            bySide.remove("expenditure");
        }
        return new ArrayList<>(bySide.values());
    }

    private static boolean hasContent(ReadTable.Row row) {
        return row.name() != null || row.code() != null || !row.amounts().isEmpty();
    }

    private static ReadTable.Row row(List<LayoutColumn> columns, List<String> cells, String side) {
        List<String> codeParts = new ArrayList<>();
        String name = null;
        String nameKey = null;
        String strayLabel = null;
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int c = 0; c < cells.size() && c < columns.size(); c++) {
            LayoutColumn column = columns.get(c);
            String text = cells.get(c).strip();
            if (column == null || text.isEmpty() || side != null && !side.equals(column.side())) {
                continue;
            }
            switch (column.kind()) {
                case CODE -> {
                    if (text.matches("[\\d\\s]+")) {
                        codeParts.add(text);
                    } else {
                        strayLabel = strayLabel == null ? text : strayLabel;
                    }
                }
                case NAME -> {
                    // The row's name: the leftmost labelled column's text; two columns of one key (a two-level label,
                    // "一般公共预算资金 | 小计") give the inner, right-hand one.
                    if (nameKey == null || nameKey.equals(column.key())) {
                        name = text;
                        nameKey = column.key();
                    }
                    texts.put(column.key(), Cells.joined(text));
                }
                case AMOUNT -> Cells.amount(text).or(() -> Cells.isBlank(text) ? Optional.of(BigDecimal.ZERO) : Optional.empty())
                        .ifPresent(amount -> amounts.putIfAbsent(column.key(), amount));
            }
        }
        String code = code(codeParts);
        Matcher coded = name == null || code != null ? null : CODED_NAME.matcher(name.strip());
        if (coded != null && coded.matches()) {
            code = coded.group(1);
            name = coded.group(2);
        }
        return new ReadTable.Row(side, code, name != null ? Cells.joined(name) : strayLabel, amounts, texts);
    }

    /** A name cell that prints its code too, with no code column: 「[301]工资福利支出」, 「30101 基本工资」. */
    private static final Pattern CODED_NAME = Pattern.compile("[\\[［【]?(\\d{3,9})(?:[\\]］】]\\s*|\\s+)(\\p{IsHan}.*)");

    /**
     * A code from its printed parts: "201","13","01" (类/款/项 columns), "204 06 01", "301 2" or "2040601". After the
     * 类 each part is two digits ("2" under 款 is 02).
     */
    static String code(List<String> parts) {
        List<String> pieces = new ArrayList<>();
        for (String part : parts) {
            for (String piece : part.strip().split("\\s+")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        StringBuilder code = new StringBuilder(pieces.get(0));
        for (String piece : pieces.subList(1, pieces.size())) {
            code.append(piece.length() == 1 ? "0" + piece : piece);
        }
        return code.toString();
    }
}
