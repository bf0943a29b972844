package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The 政府收支分类科目 a finance bureau issues for one budget year, as loaded from its file: the whole 支出功能分类 list
 * and, when the file carries it, the 支出经济分类 (部门 3xx and 政府预算 5xx). Once in force it replaces the built-in
 * catalog of that year, so that a department sees exactly the official list.
 */
public final class OfficialCatalog {

    private static final Pattern FUNCTION = Pattern.compile("2\\d{2}(\\d{2}){0,2}");
    private static final Pattern ECONOMIC = Pattern.compile("[35]\\d{2}(\\d{2})?");
    /** The longest official name is about 30 characters; anything much longer is not a name. */
    private static final int MAX_NAME = 80;
    private static final int MAX_GLOSSARY = 2000;
    private static final Pattern MARKUP = Pattern.compile("[<>{}\\p{Cntrl}]|javascript:", Pattern.CASE_INSENSITIVE);

    private final int year;
    private final Map<String, CatalogEntry> functions;
    private final Map<String, CatalogEntry> economics;

    private OfficialCatalog(int year, Map<String, CatalogEntry> functions, Map<String, CatalogEntry> economics) {
        this.year = year;
        this.functions = Collections.unmodifiableMap(functions);
        this.economics = Collections.unmodifiableMap(economics);
    }

    /**
     * Judges the lines read from a file; refuses the whole file ({@link InvalidCatalog}) on a malformed or duplicated
     * code, a 款 or 项 without its parent, a name that is empty, too long or holds markup, or no function code at all.
     */
    public static OfficialCatalog of(String source, int year, List<CatalogLine> lines) {
        if (!ClassificationCatalog.supports(year)) {
            throw new InvalidCatalog(source, List.of("预算年度 " + year + " 超出 " + ClassificationCatalog.FIRST_YEAR + "–"
                    + ClassificationCatalog.LAST_YEAR + " 年"));
        }
        List<String> problems = new ArrayList<>();
        Map<String, CatalogEntry> functions = new TreeMap<>();
        Map<String, CatalogEntry> economics = new TreeMap<>();
        Map<String, CatalogLine> seen = new HashMap<>();
        YearRange years = new YearRange(year, year);
        for (CatalogLine line : lines) {
            boolean function = FUNCTION.matcher(line.code()).matches();
            if (!function && !ECONOMIC.matcher(line.code()).matches()) {
                problems.add(line.place() + "：编码“" + line.code() + "”不是支出功能分类（2 开头的 3、5、7 位）或经济分类（3、5 开头的 3、5 位）编码");
                continue;
            }
            nameProblem(line).ifPresent(problems::add);
            CatalogLine earlier = seen.putIfAbsent(line.code(), line);
            if (earlier != null) {
                problems.add(line.place() + "：编码 " + line.code() + "“" + line.name() + "”与" + earlier.place() + "“"
                        + earlier.name() + "”重复");
                continue;
            }
            (function ? functions : economics).put(line.code(), new CatalogEntry(line.code(), line.name(), years, line.glossary(),
                    "核实:" + source));
        }
        parentProblems(functions, seen, problems);
        parentProblems(economics, seen, problems);
        if (functions.isEmpty() && problems.isEmpty()) {
            problems.add("文件中没有支出功能分类科目（2 开头的编码）：请确认选择的是政府收支分类科目文件，且编码、名称各占一列");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalog(source, problems);
        }
        return new OfficialCatalog(year, functions, economics);
    }

    private static java.util.Optional<String> nameProblem(CatalogLine line) {
        if (line.name().isEmpty()) {
            return java.util.Optional.of(line.place() + "：编码 " + line.code() + " 没有名称");
        }
        if (line.name().length() > MAX_NAME || line.glossary().length() > MAX_GLOSSARY) {
            return java.util.Optional.of(line.place() + "：编码 " + line.code() + " 的名称或说明过长（名称至多 " + MAX_NAME
                    + " 字，说明至多 " + MAX_GLOSSARY + " 字）");
        }
        if (MARKUP.matcher(line.name()).find() || MARKUP.matcher(line.glossary().replaceAll("[\\r\\n\\t]", " ")).find()) {
            return java.util.Optional.of(line.place() + "：编码 " + line.code() + " 的名称或说明含有标记或控制字符（< > { }），不是科目名称");
        }
        return java.util.Optional.empty();
    }

    /** A 款 needs its 类 and a 项 its 款 in the same file: the catalog is a tree. */
    private static void parentProblems(Map<String, CatalogEntry> codes, Map<String, CatalogLine> lines, List<String> problems) {
        codes.keySet().stream().filter(code -> code.length() > 3).forEach(code -> {
            String parent = code.substring(0, code.length() - 2);
            if (!codes.containsKey(parent)) {
                problems.add(lines.get(code).place() + "：" + code + "“" + lines.get(code).name() + "”的上级科目 " + parent
                        + " 不在文件中");
            }
        });
    }

    public int year() {
        return year;
    }

    /** The 支出功能分类 codes by code, each in force in {@link #year()} only. */
    public Map<String, CatalogEntry> functions() {
        return functions;
    }

    /** The economic codes the file carries; empty when it carries none (the built-in ones then stay in force). */
    public Map<String, CatalogEntry> economics() {
        return economics;
    }
}
