package org.gongkai.io.template;

import java.util.List;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * The codes a template offers for its year: the 项 of 支出功能分类 for 支出 and the 款 of 部门支出经济分类 for 基本支出,
 * each with its official name, as the catalog gives them.
 */
record CodeLists(int year, List<CatalogEntry> functions, List<CatalogEntry> economics) {

    static CodeLists of(YearCatalog catalog) {
        return new CodeLists(catalog.year(),
                catalog.functionsInForce().values().stream()
                        .filter(e -> FunctionCode.of(e.code()).level() == CodeLevel.ITEM).toList(),
                catalog.departmentEconomicsInForce().values().stream().filter(e -> e.code().length() == 5).toList());
    }

    /** The entries a code column offers. */
    List<CatalogEntry> entries(ColumnInput input) {
        return input == ColumnInput.FUNCTION_CODE ? functions : economics;
    }

    /** An entry as the drop-down shows it, for prompts and the 填写说明 (「2010101 行政运行」). */
    String example(ColumnInput input) {
        CatalogEntry first = entries(input).get(0);
        return CellValues.codeWithName(first.code(), first.name());
    }

    /** What a code column holds, in the words of the prompts, messages and 填写说明. */
    static String kind(int year, ColumnInput input) {
        return year + " 年" + (input == ColumnInput.FUNCTION_CODE ? "支出功能分类的项级" : "部门支出经济分类的款级") + "科目";
    }

    /** What a code cell should hold, as a message or an error box says it. */
    static String expected(int year, ColumnInput input) {
        return "应从下拉列表选择 " + kind(year, input) + "（也可只填 " + digits(input) + " 位编码）";
    }

    static int digits(ColumnInput input) {
        return input == ColumnInput.FUNCTION_CODE ? 7 : 5;
    }
}
