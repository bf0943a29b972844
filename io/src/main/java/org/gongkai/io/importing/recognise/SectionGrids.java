package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Unit;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/** The tables inside the explanation: 机构设置, 政府采购预算, 资产情况, 功能分类名词解释. */
final class SectionGrids {

    private SectionGrids() {
    }

    /** Index of the first row holding all the given header words, or -1. */
    static int headerRow(Block.Grid grid, String... words) {
        for (int r = 0; r < grid.rows().size(); r++) {
            String joined = Titles.plain(String.join("", grid.rows().get(r)));
            boolean all = true;
            for (String word : words) {
                all &= joined.contains(word);
            }
            if (all) {
                return r;
            }
        }
        return -1;
    }

    static Optional<List<Unit>> units(Block.Grid grid) {
        int header = headerRow(grid, "单位名称");
        if (header < 0) {
            return Optional.empty();
        }
        List<String> head = grid.rows().get(header);
        int name = column(head, "单位名称");
        int nature = column(head, "性质");
        int rank = column(head, "规格");
        int form = column(head, "经费");
        List<Unit> units = new ArrayList<>();
        for (List<String> row : grid.rows().subList(header + 1, grid.rows().size())) {
            String unitName = cell(row, name);
            if (!unitName.isEmpty()) {
                units.add(new Unit(null, unitName, cell(row, nature), cell(row, rank), cell(row, form)));
            }
        }
        return Optional.of(units);
    }

    static Optional<List<ProcurementItem>> procurement(Block.Grid grid, List<Unparsed> unparsed) {
        List<List<String>> header = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            if (row.stream().anyMatch(c -> Cells.amount(c).isPresent())) {
                break;
            }
            header.add(row);
        }
        if (headerRow(grid, "采购") < 0) {
            return Optional.empty();
        }
        GridLayout layout = GridLayout.of(header, List.of(GridLayout.Spec.text("项目名称", "项目名称", "项目来源"),
                GridLayout.Spec.amount("预算资金", "预算资金"), GridLayout.Spec.text("采购物品名称", "采购物品", "品目"),
                GridLayout.Spec.text("目录序号", "目录"), GridLayout.Spec.text("计量单位", "计量单位"),
                GridLayout.Spec.amount("数量", "数量"), GridLayout.Spec.amount("单价", "单价"),
                GridLayout.Spec.amount("合计", "合计", "采购金额"), GridLayout.Spec.amount("一般公共预算拨款", "一般公共"),
                GridLayout.Spec.amount("中小微企业份额", "中小")));
        if (layout.foundCount() < 4) {
            return Optional.empty();
        }
        List<ProcurementItem> items = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            String[] cells = mapped(layout, row);
            String project = cells[0];
            if (cells[2] == null || cells[7] == null || Cells.amount(cells[7]).isEmpty() || project == null
                    || project.contains("合计") || project.contains("小计")) {
                continue;
            }
            try {
                items.add(new ProcurementItem(project, money(cells[1]), cells[2], cells[3], cells[4],
                        Cells.amount(nz(cells[5])).orElse(null), money(cells[6]), money(cells[7]),
                        FundingSource.GENERAL_PUBLIC_BUDGET, money(cells[9])));
            } catch (IllegalArgumentException e) {
                unparsed.add(new Unparsed(grid.where(), String.join(" | ", row), "政府采购行无法读取：" + e.getMessage()));
            }
        }
        return Optional.of(items);
    }

    static Optional<List<AssetRow>> assets(Block.Grid grid, List<Unparsed> unparsed) {
        int header = headerRow(grid, "数量");
        if (header < 0 || headerRow(grid, "原值") < 0 && headerRow(grid, "价值") < 0 || isPerformanceForm(grid)) {
            return Optional.empty();
        }
        List<String> head = grid.rows().get(header);
        int valueRow = headerRow(grid, "原值") >= 0 ? headerRow(grid, "原值") : headerRow(grid, "价值");
        int quantity = column(head, "数量");
        int value = column(grid.rows().get(valueRow), "原值") >= 0 ? column(grid.rows().get(valueRow), "原值")
                : column(grid.rows().get(valueRow), "价值");
        List<AssetRow> rows = new ArrayList<>();
        for (List<String> row : grid.rows().subList(Math.max(header, valueRow) + 1, grid.rows().size())) {
            String category = row.isEmpty() ? "" : Cells.joined(row.get(0));
            if (category.isEmpty() || Titles.plain(category).matches("栏次|行次")) {
                continue;
            }
            try {
                rows.add(new AssetRow(category, quantity < 0 ? null : Cells.amount(cell(row, quantity)).orElse(null),
                        value < 0 ? null : Cells.amount(cell(row, value)).map(v -> Money.normalizeAtLeastTwoDecimals(v, "原值")).orElse(null)));
            } catch (IllegalArgumentException e) {
                unparsed.add(new Unparsed(grid.where(), String.join(" | ", row), "资产行无法读取：" + e.getMessage()));
            }
        }
        return Optional.of(rows);
    }

    /**
     * A table of self-evaluations (绩效自评): one row a project or the department as a whole, with its budget, what was
     * spent, the score and the grade, each column found by its header's words; empty when the grid is no such table.
     */
    static Optional<List<org.gongkai.core.accounts.SelfEvaluation>> evaluations(Block.Grid grid, List<Unparsed> unparsed) {
        int header = headerRow(grid, "得分");
        if (header < 0) {
            header = headerRow(grid, "评分");
        }
        if (header < 0 || isPerformanceForm(grid)) {
            return Optional.empty();
        }
        List<String> head = grid.rows().get(header);
        int subject = firstColumn(head, "自评对象", "项目名称", "对象", "项目");
        int budget = firstColumn(head, "预算");
        int spent = firstColumn(head, "执行数", "实际支出", "支出数", "决算");
        int score = firstColumn(head, "得分", "评分");
        int grade = firstColumn(head, "评级", "等级", "结果");
        if (subject < 0 || score < 0) {
            return Optional.empty();
        }
        List<org.gongkai.core.accounts.SelfEvaluation> rows = new ArrayList<>();
        for (List<String> row : grid.rows().subList(header + 1, grid.rows().size())) {
            String name = cell(row, subject);
            if (name.isEmpty() || Titles.plain(name).matches("栏次|行次|合计")) {
                continue;
            }
            try {
                rows.add(new org.gongkai.core.accounts.SelfEvaluation(name, Titles.plain(name).contains("部门整体"),
                        budget < 0 ? null : Cells.amount(cell(row, budget)).orElse(null),
                        spent < 0 ? null : Cells.amount(cell(row, spent)).orElse(null),
                        Cells.amount(cell(row, score)).orElse(null), grade < 0 || cell(row, grade).isEmpty() ? null : cell(row, grade), List.of()));
            } catch (IllegalArgumentException e) {
                unparsed.add(new Unparsed(grid.where(), String.join(" | ", row), "绩效自评行无法读取：" + e.getMessage()));
            }
        }
        return Optional.of(rows);
    }

    /** The first column whose header holds one of the words, tried in order. */
    private static int firstColumn(List<String> row, String... words) {
        for (String word : words) {
            int found = column(row, word);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    /** A project's 绩效目标表 speaks of 数量指标 and 价值 too, but is no asset table. */
    private static boolean isPerformanceForm(Block.Grid grid) {
        return grid.rows().stream().flatMap(List::stream).map(Titles::plain)
                .anyMatch(cell -> cell.contains("绩效目标") || cell.contains("绩效指标") || cell.equals("一级指标"));
    }

    /** Glossary rows ("201 | 一般公共服务支出 | 反映…") as lines of text, for the GLOSSARY section. */
    static Optional<String> glossary(Block.Grid grid) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : grid.rows()) {
            List<String> cells = row.stream().map(Cells::joined).filter(c -> !c.isEmpty()).toList();
            if (!cells.isEmpty() && Cells.isCode(cells.get(0))) {
                text.append(String.join("\t", cells)).append('\n');
            }
        }
        return text.length() == 0 ? Optional.empty() : Optional.of(text.toString().strip());
    }

    private static String[] mapped(GridLayout layout, List<String> row) {
        String[] cells = new String[layout.specs().size()];
        for (int i = 0; i < row.size(); i++) {
            int column = layout.columnOf(i);
            if (column >= 0 && !Cells.isBlank(row.get(i)) && cells[column] == null) {
                cells[column] = Cells.joined(row.get(i));
            }
        }
        return cells;
    }

    private static BigDecimal money(String text) {
        return text == null ? null : Cells.amount(text).map(v -> Money.normalize(v, "金额")).orElse(null);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static int column(List<String> row, String word) {
        for (int i = 0; i < row.size(); i++) {
            if (Titles.plain(row.get(i)).contains(word)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> row, int index) {
        return index >= 0 && index < row.size() ? Cells.joined(row.get(index)) : "";
    }
}
