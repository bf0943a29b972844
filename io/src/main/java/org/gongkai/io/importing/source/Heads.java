package org.gongkai.io.importing.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;

/** The lines above a published table: department, 预算年度, 单位. */
public final class Heads {

    /** A year a budget is of; not the year it is compared with (「比2019年预算减少」「较2019年预算」). */
    private static final Pattern YEAR = Pattern.compile("(?:预算年度|年度)[:：]?\\s*(\\d{4})|" + Sentences.NOT_COMPARED + "(\\d{4})\\s*年(?:度)?(?:部门)?预算");
    private static final Pattern UNIT = Pattern.compile("单位[:：]\\s*(万元|元|千元|亿元)");
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:部门(?:名称)?[:：])?\\s*(\\d{3,9})\\s*([\\p{IsHan}（）()]{2,}?)\\s*(?:预算年度|决算年度|单位[:：]|$)");
    /**
     * What follows a year, not a department code: 「2026 年度一般公共预算支出经济分类情况表」 is a table's title, and
     * its 2026 no code.
     */
    private static final Pattern TABLE_TITLE = Pattern.compile("^年|表$|表[（(]|[（(]按|情况表|明细表|预算表|决算表");
    private static final Pattern CONTINUATION = Pattern.compile("^[\\p{IsHan}（）()]{1,6}$");
    /**
     * How a column's header ends (功能分类科目, 资金性质, 项目名称, 合计): a tall header label printed on a line of its
     * own under the department is the table's, never the wrapped end of the department's name.
     */
    private static final Pattern HEADER_LABEL = Pattern.compile("(科目|性质|名称|编码|代码|合计|总计|小计|项目|分类|类别|支出|收入|经费|金额|[预决]算数|栏次|序号|行次)$");

    private Heads() {
    }

    public static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(Cells.fold(text));
        return m.find() ? Optional.of(Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2))) : Optional.empty();
    }

    public static Optional<String> unit(String text) {
        Matcher m = UNIT.matcher(Cells.fold(text));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "430 秦皇岛经济技术开发区机关事务服务中心 预算年度：2023" → "430 秦皇岛经济技术开发区机关事务服务中心". */
    public static Optional<String> departmentLine(String text) {
        Matcher m = DEPARTMENT.matcher(text.strip());
        return m.find() && !isTableTitle(m.group(2)) ? Optional.of(m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    /** Whether a name read where a department is expected is a table's title instead (never a department). */
    public static boolean isTableTitle(String name) {
        return TABLE_TITLE.matcher(name).find();
    }

    /** A short all-Chinese line: the wrapped end of the line above ("务中心"). */
    public static boolean isContinuation(String text) {
        return CONTINUATION.matcher(text.strip()).matches() && !HEADER_LABEL.matcher(text.strip()).find();
    }
}
