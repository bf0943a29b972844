package org.gongkai.io.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a sheet keeps its codes and names. Finance bureaus publish the catalog as 「科目编码 | 科目名称 | 说明」, as
 * 「类 | 款 | 项 | 科目名称」 with the parts of the code in three columns, as 「[2050101]行政运行」 in one column, or without a
 * header at all; the columns are found by their headings, else by their content.
 */
record CatalogColumns(int headerRow, List<Integer> codeColumns, int nameColumn, int glossaryColumn) {

    private static final Pattern CODE_HEAD = Pattern.compile(".*(编码|代码|编号)");
    private static final Pattern NAME_HEAD = Pattern.compile(".*名称|科目");
    private static final Pattern GLOSSARY_HEAD = Pattern.compile(".*(说明|解释)");
    private static final List<String> PARTS = List.of("类", "款", "项");
    private static final Pattern CODE = Pattern.compile("\\[?\\d{3,9}\\]?.*");
    /** Headings are in the first rows; a title and a unit line may come before them. */
    private static final int HEAD_ROWS = 30;
    private static final int SAMPLE_ROWS = 300;

    /** Whether the columns hold the parts of the code (类, 款, 项) rather than the whole code. */
    boolean split() {
        return codeColumns.size() > 1;
    }

    static Optional<CatalogColumns> of(Grid grid) {
        return byHeadings(grid).or(() -> byContent(grid));
    }

    private static Optional<CatalogColumns> byHeadings(Grid grid) {
        for (Grid.GridRow row : grid.rows().subList(0, Math.min(HEAD_ROWS, grid.rows().size()))) {
            List<String> cells = row.cells().stream().map(c -> c.replaceAll("\\s", "")).toList();
            int name = indexOf(cells, NAME_HEAD);
            int glossary = indexOf(cells, GLOSSARY_HEAD);
            int code = indexOf(cells, CODE_HEAD);
            if (code >= 0 && name >= 0 && code != name) {
                return Optional.of(new CatalogColumns(row.number(), List.of(code), name, glossary));
            }
            List<Integer> parts = PARTS.stream().map(cells::indexOf).toList();
            if (name >= 0 && parts.stream().allMatch(i -> i >= 0)) {
                return Optional.of(new CatalogColumns(row.number(), parts, name, glossary));
            }
        }
        return Optional.empty();
    }

    /** Without headings: the column that most often starts with a code, and the first text column after it. */
    private static Optional<CatalogColumns> byContent(Grid grid) {
        List<Grid.GridRow> sample = grid.rows().subList(0, Math.min(SAMPLE_ROWS, grid.rows().size()));
        int width = sample.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int best = -1;
        long bestCount = 2;
        for (int column = 0; column < width; column++) {
            int c = column;
            long count = sample.stream().filter(r -> CODE.matcher(r.cell(c).strip()).matches()).count();
            if (count > bestCount) {
                best = column;
                bestCount = count;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int code = best;
        for (int column = code + 1; column < width; column++) {
            int c = column;
            long texts = sample.stream().filter(r -> !r.cell(c).isBlank() && !r.cell(c).strip().matches("[\\d.,\\-]+")).count();
            if (texts * 2 >= bestCount) {
                return Optional.of(new CatalogColumns(0, List.of(code), column, -1));
            }
        }
        // 「2050101 行政运行」 in one column: the name is in the code's cell.
        return Optional.of(new CatalogColumns(0, List.of(code), code, -1));
    }

    private static int indexOf(List<String> cells, Pattern pattern) {
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty() && pattern.matcher(cells.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }
}
