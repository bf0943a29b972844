package org.gongkai.io.template;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * One filled row of a template sheet, each cell read as its column asks. A bad cell is recorded at its address with
 * its column's header (「支出!F7（金额（万元））：“约300”不是金额，…」) and reads as null, so every bad cell of a row is
 * reported, not only the first.
 */
final class FilledRow {

    private static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    private final String sheet;
    private final int number;
    private final List<String> headers;
    private final List<String> cells;
    private final List<ModelProblem> problems;

    /**
     * @param number  the row's number as the sheet shows it (1 for the header row)
     * @param headers what each column is called, for the messages
     */
    FilledRow(String sheet, int number, List<String> headers, List<String> cells, List<ModelProblem> problems) {
        this.sheet = sheet;
        this.number = number;
        this.headers = headers;
        this.cells = cells;
        this.problems = problems;
    }

    /** Where a cell is, as the messages and the 填写说明 sheet name it: 「支出!F7（金额（万元））」. */
    static String where(String sheet, int column, int row, String header) {
        return sheet + "!" + CellReference.convertNumToColString(column) + row + "（" + header + "）";
    }

    /** The row as a whole, for a problem no single cell explains. */
    String where() {
        return "工作表“" + sheet + "”第 " + number + " 行";
    }

    /** The same cells named by other headers (a 基本信息 value is named by its row's field). */
    FilledRow withHeaders(List<String> otherHeaders) {
        return new FilledRow(sheet, number, otherHeaders, cells, problems);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The cell as typed. */
    String text(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** The cell as typed, null when blank. */
    String optional(int column) {
        return text(column).isBlank() ? null : text(column);
    }

    String required(int column) {
        String text = optional(column);
        return text != null ? text : problem(column, "必须填写");
    }

    boolean yes(int column) {
        return TemplateLabels.YES.equals(text(column).strip());
    }

    /** The value a label names; blank or unknown is refused, listing the labels allowed. */
    <K> K choice(int column, Map<K, String> labels) {
        String text = text(column).strip();
        K key = TemplateLabels.key(labels, text);
        if (key != null) {
            return key;
        }
        String allowed = String.join("、", labels.values());
        return problem(column, text.isEmpty() ? "必须填写，应从下拉列表选择：" + allowed
                : "“" + text + "”不是可选项，应为 " + allowed + " 之一");
    }

    /** One of a column's labels; blank or another text is refused, listing the labels allowed. */
    String choice(int column, List<String> labels) {
        Map<String, String> themselves = new LinkedHashMap<>();
        labels.forEach(label -> themselves.put(label, label));
        return choice(column, themselves);
    }

    /** A four-digit year. */
    Integer year(int column) {
        String folded = CellValues.fold(text(column));
        if (folded.matches("\\d{4}")) {
            return Integer.valueOf(folded);
        }
        String expected = "应填写四位年份，如 2025";
        return problem(column, folded.isEmpty() ? "必须填写，" + expected : "“" + text(column).strip() + "”不是年份，" + expected);
    }

    /** An amount in 万元 (or a value, quantity, percentage, as the input says); null when blank or bad. */
    BigDecimal number(int column, ColumnInput input) {
        try {
            return CellValues.number(text(column), input);
        } catch (IllegalArgumentException e) {
            return problem(column, e.getMessage());
        }
    }

    /** A count of things (vehicles, delegations, persons): a whole number, not negative; null when blank or bad. */
    Integer count(int column) {
        BigDecimal count = number(column, ColumnInput.COUNT);
        return count == null ? null : count.intValueExact();
    }

    /** A self-evaluation score: a number from 0 to 100; null when blank or bad. */
    BigDecimal score(int column) {
        BigDecimal score = number(column, ColumnInput.NUMBER);
        if (score != null && score.compareTo(FULL_SCORE) > 0) {
            return problem(column, "“" + text(column).strip() + "”超过满分，应填写 0 到 100 之间的得分");
        }
        return score;
    }

    /** 是 or 否 from the drop-down, blank read as 否; another text is refused. */
    boolean yesOrNo(int column) {
        return !text(column).isBlank() && TemplateLabels.YES.equals(choice(column, TemplateLabels.YES_NO));
    }

    BigDecimal money(int column) {
        return number(column, ColumnInput.MONEY);
    }

    BigDecimal requiredMoney(int column) {
        return text(column).isBlank() ? problem(column, "必须填写，应填写" + CellValues.expected(ColumnInput.MONEY)) : money(column);
    }

    /**
     * A 项-level function code under a class of the year: 「2010101 行政运行」 or 「2010101」; the name, if any, is not
     * read. A well-formed 项 the catalog does not hold is taken (it may be new that year; R-CAT-08 warns).
     */
    FunctionCode function(int column, YearCatalog catalog) {
        return code(column, catalog.year(), ColumnInput.FUNCTION_CODE, text -> FunctionCode.isWellFormed(text)
                && FunctionCode.of(text).level() == CodeLevel.ITEM && catalog.function(text.substring(0, 3)).isPresent()
                ? FunctionCode.of(text) : null);
    }

    /** A 款-level economic code under a class of the year: 「30101 基本工资」 or 「30101」; the name, if any, is not read. */
    EconomicCode economic(int column, YearCatalog catalog) {
        return code(column, catalog.year(), ColumnInput.ECONOMIC_CODE, text -> text.matches("\\d{5}")
                && catalog.economicClassKnownOrUnjudged(text) ? EconomicCode.of(text) : null);
    }

    private <C> C code(int column, int year, ColumnInput input, Function<String, C> inCatalog) {
        String code = CellValues.code(text(column));
        String expected = CodeLists.expected(year, input);
        if (code == null) {
            return problem(column, "必须填写，" + expected);
        }
        C known = inCatalog.apply(code);
        if (known != null) {
            return known;
        }
        int digits = CodeLists.digits(input);
        return problem(column, code.matches("\\d{" + digits + "}")
                ? "科目编码 " + code + " 不在 " + CodeLists.kind(year, input) + "中，应从下拉列表选择（也可只填 " + digits + " 位编码）"
                : "“" + text(column).strip() + "”不是 " + digits + " 位科目编码，" + expected);
    }

    /** The row's number as the sheet shows it. */
    int number() {
        return number;
    }

    /** Reports a problem at a cell of the row; null, for the caller to return in place of the value. */
    <T> T problem(int column, String message) {
        String header = column < headers.size() ? headers.get(column) : "第 " + CellReference.convertNumToColString(column) + " 列";
        problems.add(new ModelProblem(where(sheet, column, number, header), message));
        return null;
    }
}
