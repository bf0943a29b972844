package org.gongkai.io.importing.recognise;

import org.gongkai.io.importing.source.Heads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.Project;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Reads one project's 绩效目标表, in both published layouts: the full one (项目编码, 预算规模及资金用途, 资金支出计划,
 * 绩效目标, indicators) and the short one (绩效目标 and indicators only). Indicator rows wrapped over several
 * rows or pages are joined; a row shifted one cell to the left is put back.
 */
public final class ProjectReader {

    private static final Set<String> LEVEL_ONE = Set.of("产出指标", "效益指标", "效果指标", "满意度指标", "成本指标");
    private static final Pattern LEVEL_TWO = Pattern.compile(".*(数量|质量|时效|成本|效益|影响|满意度)指标$");
    private static final Pattern GOAL_NUMBER = Pattern.compile("(?:^|\\s+)(?<![\\d.])\\d{1,2}\\s*[、.．](?!\\d)\\s*");

    private static final Set<String> LABELS = Set.of("项目编码", "项目名称", "预算数", "其中:财政资金", "财政资金", "其他资金");

    private final String name;
    private final List<Unparsed> unparsed;
    private String code;
    private String projectName;
    private String unitCode;
    private String unitName;
    private BigDecimal amount;
    private BigDecimal fiscal;
    private BigDecimal other;
    private String purpose;
    private final List<PaymentMilestone> plan = new ArrayList<>();
    private final List<String> goals = new ArrayList<>();
    private final List<String[]> indicators = new ArrayList<>();
    /** Where the indicator columns are; kept across grids, since a table continued on the next page may not repeat its header. */
    private int[] columns;
    /** Where the form that names its project inside (上海) prints the year's goal. */
    private int goalColumn;

    private ProjectReader(String name, List<Unparsed> unparsed) {
        this.name = name;
        this.unparsed = unparsed;
    }

    public static Optional<Project> read(String title, List<Block> blocks, List<Unparsed> unparsed) {
        ProjectReader reader = new ProjectReader(title, unparsed);
        for (Block block : blocks) {
            if (block instanceof Block.Text text) {
                reader.text(text);
            } else {
                reader.grid((Block.Grid) block);
            }
        }
        return reader.project();
    }

    private void text(Block.Text text) {
        if (!unit(text.text()) && Heads.unit(text.text()).isEmpty()) {
            unparsed.add(new Unparsed(text.where(), text.text(), "项目《" + name + "》绩效目标表中未识别的文字"));
        }
    }

    private boolean unit(String text) {
        java.util.regex.Matcher m = Pattern.compile("^(\\d{6,9})\\s*([\\p{IsHan}（）()]+)").matcher(Cells.fold(text));
        if (m.find()) {
            unitCode = m.group(1);
            unitName = m.group(2);
            return true;
        }
        return false;
    }

    private void grid(Block.Grid grid) {
        String expect = null;
        List<String> planHeader = null;
        for (List<String> row : grid.rows()) {
            String first = row.isEmpty() ? "" : Titles.plain(row.get(0));
            if (row.stream().allMatch(Cells::isBlank)) {
                continue;
            }
            if (unit(row.get(0))) {
                continue;
            }
            if (first.equals("项目编码")) {
                code = cellAfter(row, "项目编码");
                projectName = cellAfter(row, "项目名称");
            } else if (Titles.isProjectFormTitle(row) || first.matches("[(（]\\d{4}年度?[)）]")) {
                continue; // the form's own title and year
            } else if (first.equals("项目名称")) {
                // The form that names its project inside: 「项目名称 | … | 项目性质 | … | 项目类别 | …」.
                projectName = cellAfter(row, "项目名称");
            } else if (row.stream().map(Titles::plain).anyMatch(c -> c.equals("年度资金申请总额") || c.equals("项目资金总额"))) {
                BigDecimal year = number(row, "年度资金申请总额");
                BigDecimal total = year != null ? year : number(row, "项目资金总额");
                // 「项目资金（元）」: the form is in 元, the model in 万元, to the 分.
                amount = total == null ? amount : inYuan(grid) ? total.movePointLeft(4) : total;
            } else if (amount != null && row.stream().map(Titles::plain).anyMatch(c -> c.startsWith("其中") || c.endsWith("资金")
                    || c.equals("上年结转资金") || c.equals("项目资金") || c.equals("(元)") || c.equals("元"))) {
                continue; // the other rows of the funding block
            } else if (first.equals("主管部门") || first.equals("计划开始日期") || first.equals("项目总目标")) {
                continue;
            } else if (row.stream().map(Titles::plain).anyMatch("年度总体目标"::equals)) {
                goalColumn = row.stream().map(Titles::plain).toList().indexOf("年度总体目标");
                expect = "goal";
            } else if ("goal".equals(expect) && goalColumn < row.size()) {
                goals(row.get(goalColumn));
                expect = null;
            } else if (columns == null && row.stream().map(Titles::plain).anyMatch("一级指标"::equals)) {
                columns = indicatorColumns(row);
            } else if (first.startsWith("预算规模")) {
                amount = number(row, "预算数");
                fiscal = number(row, "财政资金");
                other = number(row, "其他资金");
                expect = "purpose";
            } else if ("purpose".equals(expect) && first.isEmpty()) {
                purpose = Cells.joined(afterLabel(row));
                expect = null;
            } else if (first.startsWith("资金支出计划")) {
                planHeader = row;
                expect = "plan";
            } else if ("plan".equals(expect)) {
                plan(planHeader, row);
                expect = null;
            } else if (first.equals("绩效目标") || first.equals("年度绩效目标")) {
                goals(afterLabel(row));
            } else if (first.equals("一级指标")) {
                columns = indicatorColumns(row);
            } else if (columns != null) {
                indicator(row, columns);
            } else if (Heads.unit(String.join("", row)).isEmpty()) {
                unparsed.add(new Unparsed(grid.where(), String.join(" | ", row), "项目《" + name + "》绩效目标表中未识别的行"));
            }
        }
    }

    private static boolean inYuan(Block.Grid grid) {
        return grid.rows().stream().flatMap(List::stream).map(Titles::plain).anyMatch(c -> c.contains("(元)") || c.endsWith("（元）"));
    }

    /**
     * The text of a row after its label. A cell spanning several columns of a ruled PDF comes with its text in each
     * column it spans when no amount stands above it (the importer reads it as a header): that text counts once.
     */
    private static String afterLabel(List<String> row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.subList(1, row.size())) {
            if (cells.isEmpty() || Cells.isBlank(cell) || !cell.equals(cells.get(cells.size() - 1))) {
                cells.add(cell);
            }
        }
        return String.join(" ", cells);
    }

    private void plan(List<String> header, List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            Optional<BigDecimal> percent = Cells.amount(values.get(i));
            if (percent.isEmpty()) {
                continue;
            }
            int h = Math.min(i, header.size() - 1);
            while (h > 0 && Cells.isBlank(header.get(h))) {
                h--;
            }
            String period = h > 0 ? Cells.fold(header.get(h)).replace(" ", "") : "未标明";
            if (percent.get().signum() < 0) {
                unparsed.add(new Unparsed("项目《" + name + "》", values.toString(), "资金支出计划百分比为负数"));
            } else {
                plan.add(new PaymentMilestone(period, percent.get()));
            }
        }
    }

    private void goals(String text) {
        for (String goal : GOAL_NUMBER.split(" " + text.strip())) {
            String g = Cells.joined(goal);
            if (!g.isBlank()) {
                goals.add(g);
            }
        }
    }

    private static int[] indicatorColumns(List<String> header) {
        String[][] names = {{"一级"}, {"二级"}, {"三级"}, {"描述"}, {"指标值"}, {"依据"}};
        int[] columns = new int[names.length];
        for (int n = 0; n < names.length; n++) {
            columns[n] = n;
            for (int i = 0; i < header.size(); i++) {
                String label = Titles.plain(header.get(i));
                if (Arrays.stream(names[n]).anyMatch(label::contains) && !(n == 4 && label.contains("依据"))) {
                    columns[n] = i;
                    break;
                }
            }
        }
        return columns;
    }

    private void indicator(List<String> row, int[] columns) {
        String[] cells = new String[6];
        for (int n = 0; n < 6; n++) {
            cells[n] = columns[n] < row.size() ? Cells.joined(row.get(columns[n])) : "";
        }
        if (!cells[0].isEmpty() && !LEVEL_ONE.contains(cells[0]) && LEVEL_TWO.matcher(cells[0]).matches() && cells[5].isEmpty()) {
            System.arraycopy(cells, 0, cells, 1, 5);
            cells[0] = "";
        }
        boolean full = !cells[2].isEmpty() && !cells[3].isEmpty() && !cells[4].isEmpty();
        if (cells[0].isEmpty() && cells[1].isEmpty() && !full && !indicators.isEmpty()) {
            String[] previous = indicators.get(indicators.size() - 1);
            for (int n = 2; n < 6; n++) {
                previous[n] = previous[n] + cells[n];
            }
            return;
        }
        String[] previous = indicators.isEmpty() ? new String[6] : indicators.get(indicators.size() - 1);
        cells[0] = cells[0].isEmpty() ? previous[0] : cells[0];
        cells[1] = cells[1].isEmpty() ? previous[1] : cells[1];
        indicators.add(cells);
    }

    private Optional<Project> project() {
        List<Indicator> list = new ArrayList<>();
        for (String[] c : indicators) {
            if (blank(c[2]) && blank(c[3])) {
                continue;
            }
            list.add(new Indicator(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        try {
            return Optional.of(new Project(code, projectName == null ? name : projectName, unitCode, unitName,
                    money(amount), money(fiscal), money(other), purpose, plan, goals, list));
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed("项目《" + name + "》", name, e.getMessage()));
            return Optional.empty();
        }
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : Money.normalize(value, "金额");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String cellAfter(List<String> row, String label) {
        for (int i = 0; i < row.size(); i++) {
            if (Titles.plain(row.get(i)).equals(label)) {
                for (int j = i + 1; j < row.size(); j++) {
                    // A label spread over the columns it spans repeats itself before its value.
                    if (!Cells.isBlank(row.get(j)) && !Titles.plain(row.get(j)).equals(label)) {
                        return LABELS.contains(Titles.plain(row.get(j))) ? null : Cells.joined(row.get(j));
                    }
                }
            }
        }
        return null;
    }

    private static BigDecimal number(List<String> row, String label) {
        for (int i = 0; i < row.size(); i++) {
            if (Titles.plain(row.get(i)).contains(label)) {
                for (int j = i + 1; j < row.size() && j <= i + 2; j++) {
                    Optional<BigDecimal> value = Cells.amount(row.get(j));
                    if (value.isPresent()) {
                        return value.get();
                    }
                    if (!Cells.isBlank(row.get(j))) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
