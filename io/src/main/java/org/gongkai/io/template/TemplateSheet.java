package org.gongkai.io.template;

import java.util.List;

/** One sheet of the data-entry workbook: its name, what it is for, and its columns left to right. */
public record TemplateSheet(String name, String purpose, List<TemplateColumn> columns) {

    public TemplateSheet {
        columns = List.copyOf(columns);
    }

    public List<String> headers() {
        return columns.stream().map(TemplateColumn::header).toList();
    }
}
