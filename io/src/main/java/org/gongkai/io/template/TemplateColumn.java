package org.gongkai.io.template;

import java.util.List;

/**
 * One column of a template sheet (or one field of 基本信息): its header as the sheet shows it, what to write in it
 * (the 填写说明 sheet and the cell prompts say this), how it is entered and, for a choice, the labels allowed.
 */
public record TemplateColumn(String header, String help, ColumnInput input, List<String> choices) {

    public TemplateColumn {
        choices = List.copyOf(choices);
    }

    static TemplateColumn of(String header, ColumnInput input, String help) {
        return new TemplateColumn(header, help, input, List.of());
    }

    static TemplateColumn text(String header, String help) {
        return of(header, ColumnInput.TEXT, help);
    }

    static TemplateColumn choice(String header, String help, java.util.Collection<String> choices) {
        return new TemplateColumn(header, help, ColumnInput.CHOICE, List.copyOf(choices));
    }
}
