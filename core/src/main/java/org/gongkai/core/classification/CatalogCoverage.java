package org.gongkai.core.classification;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the built-in catalog holds, year by year and class by class, and how much of it a published document or an
 * edition has confirmed — written as docs/catalog.md, so that a reader knows which 款 and 项 it can judge and which it
 * only accepts.
 */
public final class CatalogCoverage {

    private CatalogCoverage() {
    }

    public static String markdown(ClassificationCatalog catalog, int fromYear, int toYear) {
        StringBuilder md = new StringBuilder("""
                # 内置分类目录的覆盖范围

                由 `./gongkai catalog coverage --markdown > docs/catalog.md` 生成，测试保证与内置目录一致（数据：
                `core/src/main/resources/org/gongkai/core/classification/`，每行一个编码在一段年度内的名称）。

                - **不在目录中的编码不会被拒绝**：填报、导入、公开和检查都接受格式正确、所属类存在的款、项编码，规则 R-CAT-08
                  给出警告并提示载入当年的官方目录；只有不属于任何类的编码（R-CAT-02）和缺少上级的项是错误。
                - **官方目录**：财政部门的《政府收支分类科目》文件（XLSX/XLS/CSV）用 `./gongkai catalog load 文件 --year 2026
                  [--region 310107]` 检查并列出与内置目录的差异，加 `--server 地址 --user 管理员` 载入运行中的 Gongkai，或由管理员在
                  「工作台 › 政府收支分类科目」（`/work/catalogs`）上传；核对差异后应用，该年度（该区划及其下级）的填报表单、
                  Excel 模板下拉和校验即使用官方目录，每个版本都保留。
                - **出处**：数据文件的 source 列写明每条记录的依据。「核实:」后是印有该编码和名称的公开文件或目录版本；
                  「未核实:」是按历年目录整理、尚未找到公开文件印证的记录——它们用于显示名称和接受编码，但**不用来判定文件
                  中的名称写错**（R-CAT-03、R-CAT-07 只依据已核实的记录）；source 为空的是最初几版内置目录的记录，已用样本和
                  语料文件的检查结果复核。
                - **核对一个编码**：`./gongkai catalog show 2080501 --years` 列出各年度名称和出处；与当年官方目录或公开文件比对后，
                  在数据文件中改正名称或年度，并把 source 改为「核实:文件名或网址（年度）」。

                ## 各年度科目数

                | 年度 | 功能分类 类 | 款 | 项 | 其中未核实 | 部门经济分类 类 | 款 | 政府经济分类 类 | 款 | 其中未核实 |
                |---|---|---|---|---|---|---|---|---|---|
                """);
        for (int year = fromYear; year <= toYear; year++) {
            YearCatalog y = catalog.forYear(year);
            Map<String, CatalogEntry> functions = y.functionsInForce();
            Map<String, CatalogEntry> economics = y.economicsInForce();
            md.append("| ").append(year)
                    .append(" | ").append(count(functions, 3, c -> true)).append(" | ").append(count(functions, 5, c -> true))
                    .append(" | ").append(count(functions, 7, c -> true)).append(" | ").append(unverified(functions))
                    .append(" | ").append(count(economics, 3, c -> c.startsWith("3"))).append(" | ").append(count(economics, 5, c -> c.startsWith("3")))
                    .append(" | ").append(count(economics, 3, c -> c.startsWith("5"))).append(" | ").append(count(economics, 5, c -> c.startsWith("5")))
                    .append(" | ").append(unverified(economics)).append(" |\n");
        }
        YearCatalog last = catalog.forYear(toYear);
        md.append("\n## ").append(toYear).append(" 年各类的款、项数（0 表示该类的款、项不在内置目录中，只警告不拒绝）\n\n")
                .append("| 类 | 名称 | 款 | 项 | 其中未核实 |\n|---|---|---|---|---|\n");
        Map<String, CatalogEntry> classes = new TreeMap<>();
        last.functionsInForce().forEach((code, entry) -> {
            if (code.length() == 3) {
                classes.put(code, entry);
            }
        });
        classes.forEach((code, entry) -> md.append("| ").append(code).append(" | ").append(entry.name())
                .append(" | ").append(count(last.functionsInForce(), 5, c -> c.startsWith(code)))
                .append(" | ").append(count(last.functionsInForce(), 7, c -> c.startsWith(code)))
                .append(" | ").append(unverified(under(last.functionsInForce(), code))).append(" |\n"));
        return md.toString();
    }

    private static long count(Map<String, CatalogEntry> codes, int length, Predicate<String> which) {
        return codes.keySet().stream().filter(c -> c.length() == length && which.test(c)).count();
    }

    private static long unverified(Map<String, CatalogEntry> codes) {
        return codes.values().stream().filter(e -> !e.verified()).count();
    }

    private static Map<String, CatalogEntry> under(Map<String, CatalogEntry> codes, String prefix) {
        Map<String, CatalogEntry> under = new TreeMap<>();
        codes.forEach((code, entry) -> {
            if (code.startsWith(prefix)) {
                under.put(code, entry);
            }
        });
        return under;
    }
}
