package org.gongkai.server.portal;

import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.Money;

/** ECharts options for the portal's charts; every chart is also shown as a table beside it. */
final class Charts {

    /** Axis labels are measured into the grid, so that a narrow (phone) chart never cuts its numbers or names. */
    private static final Map<String, Object> GRID = Map.of("left", 8, "right", 48, "containLabel", true);

    private Charts() {
    }

    /** Expenditure by function class and section as a treemap. */
    static Map<String, Object> byClass(List<Summary.ClassAmount> classes) {
        List<Map<String, Object>> data = classes.stream().map(c -> Map.<String, Object>of(
                "name", c.code() + " " + c.name(), "value", c.amount(),
                "children", c.sections().stream().map(s -> Map.<String, Object>of("name", s.code() + " " + s.name(),
                        "value", s.amount())).toList())).toList();
        return Map.of(
                "tooltip", Map.of("formatter", "{b}：{c} 万元"),
                "series", List.of(Map.of("type", "treemap", "name", "支出", "data", data, "leafDepth", 1,
                        "roam", false, "breadcrumb", Map.of("show", true))));
    }

    static Map<String, Object> basicVsProject(Summary summary) {
        return Map.of(
                "tooltip", Map.of("trigger", "item", "formatter", "{b}：{c} 万元（{d}%）"),
                "legend", Map.of("bottom", 0),
                "series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "percentPrecision", 1,
                        "label", Map.of("position", "inside", "formatter", "{d}%"), "data", List.of(
                        Map.of("name", "基本支出", "value", summary.basic()),
                        Map.of("name", "项目支出", "value", summary.project())))));
    }

    static Map<String, Object> threePublicTrend(List<PageData.YearThreePublic> years) {
        List<String> labels = years.stream().map(y -> y.year() + "").toList();
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", GRID,
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "name", "万元"),
                "series", List.of(
                        bar("因公出国（境）费", years.stream().map(y -> (Object) y.abroad()).toList()),
                        bar("公务用车购置及运行维护费", years.stream().map(y -> (Object) y.vehicle()).toList()),
                        bar("公务接待费", years.stream().map(y -> (Object) y.reception()).toList())));
    }

    /**
     * A region's years as stacked bars of like with like: the departments that published every year when the years'
     * departments differ and some are in all of them; else every department, each year labelled with how many.
     */
    static Map<String, Object> regionSeries(PageData.Region region) {
        List<PageData.YearTotals> series = region.alike().isEmpty() ? region.series() : region.alike();
        return Map.of(
                "title", Map.of("text", region.alike().isEmpty() ? "" : "各年均公开的 " + region.alikeCount() + " 个部门",
                        "textStyle", Map.of("fontSize", 13)),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", GRID,
                "xAxis", Map.of("type", "category", "data", series.stream()
                        .map(s -> s.year() + "年\n" + s.totals().departments() + "个部门").toList()),
                "yAxis", Map.of("type", "value", "name", "万元"),
                "series", List.of(
                        bar("基本支出", series.stream().map(s -> (Object) s.totals().basic()).toList()),
                        bar("项目支出", series.stream().map(s -> (Object) s.totals().project()).toList())));
    }

    static Map<String, Object> ranking(List<PageData.Ranking> ranking) {
        List<PageData.Ranking> top = ranking.size() > 20 ? ranking.subList(0, 20) : ranking;
        return horizontalBars(top.stream().map(PageData.Ranking::name).toList(), "万元", "“三公”经费",
                top.stream().map(r -> (Object) Money.orZero(r.amount())).toList());
    }

    /** A region's departments by execution rate (决算 total ÷ budget total), in percent. */
    static Map<String, Object> executionRanking(List<PageData.ExecutionRank> ranking) {
        return horizontalBars(ranking.stream().map(PageData.ExecutionRank::name).toList(), "%", "执行率",
                ranking.stream().map(r -> (Object) r.rate()).toList());
    }

    private static Map<String, Object> horizontalBars(List<String> names, String unit, String series, List<Object> values) {
        // Names wrap onto more lines inside a fixed width and the grid makes room for them: a long name is never cut,
        // on a phone either (charts.js makes the chart taller by its number of bars).
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", GRID,
                "xAxis", Map.of("type", "value", "name", unit),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names,
                        "axisLabel", Map.of("width", 112, "overflow", "break", "lineHeight", 16)),
                "series", List.of(Map.of("type", "bar", "name", series, "data", values)));
    }

    /** The comparison's headline rows as grouped bars, one series per compared column. */
    static Map<String, Object> comparison(PageData.Comparison comparison) {
        List<PageData.CompareRow> rows = comparison.rows().stream()
                .filter(r -> !r.heading() && List.of("支出合计", "基本支出", "项目支出", "“三公”经费合计").contains(r.label())).toList();
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        for (int c = 0; c < comparison.columns().size(); c++) {
            int column = c;
            series.add(Map.of("type", "bar", "name", comparison.columns().get(c), "data",
                    rows.stream().map(r -> (Object) (r.amounts().get(column) == null ? 0 : r.amounts().get(column))).toList()));
        }
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", GRID,
                "xAxis", Map.of("type", "category", "data", rows.stream().map(PageData.CompareRow::label).toList(),
                        "axisLabel", Map.of("interval", 0, "width", 64, "overflow", "break")),
                "yAxis", Map.of("type", "value", "name", "万元"),
                "series", series);
    }

    /**
     * Each function class budgeted and executed as bars side by side, and its execution rate as a line on an axis of
     * percent beside the amounts.
     */
    static Map<String, Object> execution(PageData.Execution execution) {
        List<PageData.ExecutionRow> classes = execution.byClass();
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("bottom", 0),
                "grid", GRID,
                "xAxis", Map.of("type", "category", "data", classes.stream().map(PageData.ExecutionRow::label).toList(),
                        "axisLabel", Map.of("interval", 0, "width", 64, "overflow", "break")),
                "yAxis", List.of(Map.of("type", "value", "name", "万元"), Map.of("type", "value", "name", "执行率 %", "splitLine",
                        Map.of("show", false))),
                "series", List.of(
                        Map.of("type", "bar", "name", "预算数", "data", classes.stream().map(r -> (Object) Money.orZero(r.budget())).toList()),
                        Map.of("type", "bar", "name", "决算数", "data", classes.stream().map(r -> (Object) Money.orZero(r.actual())).toList()),
                        Map.of("type", "line", "name", "执行率", "yAxisIndex", 1, "data",
                                classes.stream().map(r -> r.rate() == null ? (Object) "-" : r.rate()).toList())));
    }

    private static Map<String, Object> bar(String name, List<Object> values) {
        return Map.of("type", "bar", "stack", "total", "name", name, "data", values);
    }
}
