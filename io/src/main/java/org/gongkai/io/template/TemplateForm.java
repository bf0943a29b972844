package org.gongkai.io.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.NarrativeSection;

/**
 * A kind of data-entry workbook, 部门预算 or 部门决算: its 基本信息 fields and its sheets in the order to fill them. The
 * writer, the reader and the 填写说明 sheet take a workbook's layout from here. The year field names which kind a
 * workbook is (「预算年度」 or 「决算年度」 in 基本信息), so the reader can refuse one given as the other.
 *
 * @param disclosure what the workbook fills in, as its title and messages say it (「部门预算」)
 * @param year       the 基本信息 field of the year, whose label tells the kinds apart
 * @param operatingCost the 基本信息 field of 机关运行经费
 * @param spending   the sheet of 项-level spending, whose codes and amount the 填写说明 explain by example
 * @param basic      the sheet of basic spending by economic 款
 * @param procurementItems the sheet of procurement items (采购品目)
 * @param narrative  the sheet of the explanation's sections, one a row by its label in {@code sections}
 * @param sheets     the sheets a department fills, in the order to fill them
 */
public record TemplateForm(String disclosure, TemplateSheet info, List<TemplateColumn> infoFields, TemplateColumn year,
                           TemplateColumn operatingCost,
                           TemplateSheet spending, TemplateSheet basic, TemplateSheet procurementItems, TemplateSheet narrative,
                           Map<NarrativeSection, String> sections, List<TemplateSheet> sheets) {

    public TemplateForm {
        infoFields = List.copyOf(infoFields);
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        sheets = List.copyOf(sheets);
    }

    /** The columns a sheet asks for: the fields for 基本信息 (one a row), the sheet's columns otherwise. */
    List<TemplateColumn> columns(TemplateSheet layout) {
        return layout == info ? infoFields : layout.columns();
    }
}
