package org.gongkai.core.rules;

import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Readable Chinese locations: a table cell, a sentence of a section, an indicator of a project. */
public final class Locations {

    private Locations() {
    }

    public static String table(StatementTable table) {
        return "表" + table.kind().number() + "《" + table.title() + "》";
    }

    public static String row(StatementTable table, TableRow row) {
        return table(table) + " 第" + row.seq() + "行" + rowLabel(row);
    }

    public static String cell(StatementTable table, TableRow row, int column) {
        return row(table, row) + " “" + table.columns().get(column).name() + "”列";
    }

    public static String section(NarrativeSection section) {
        return "说明·" + sectionName(section);
    }

    public static String sentence(NarrativeSection section, String sentence) {
        String shown = sentence.length() > 60 ? sentence.substring(0, 60) + "…" : sentence;
        return section(section) + "「" + shown + "」";
    }

    public static String project(String project) {
        return "项目《" + project + "》";
    }

    public static String indicator(String project, String indicator) {
        return project(project) + " 指标「" + indicator + "」";
    }

    public static String sectionName(NarrativeSection section) {
        return switch (section) {
            case DUTIES -> "部门职责";
            case ORGANIZATION -> "机构设置";
            case OVERVIEW -> "部门预算安排的总体情况";
            case OPERATING_COST -> "机关运行经费安排情况";
            case THREE_PUBLIC -> "财政拨款“三公”经费预算情况及增减变化原因";
            case PERFORMANCE -> "预算绩效信息";
            case PROCUREMENT -> "政府采购预算情况";
            case ASSETS -> "国有资产信息";
            case GLOSSARY -> "名词解释";
            case OTHER -> "其他需要说明的事项";
        };
    }

    private static String rowLabel(TableRow row) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < Math.min(2, row.cells().size()); i++) {
            String text = row.cell(i).text();
            if (text != null && !text.isBlank()) {
                label.append(label.length() == 0 ? "（" : " ").append(text);
            }
        }
        return label.length() == 0 ? "" : label.append("）").toString();
    }
}
