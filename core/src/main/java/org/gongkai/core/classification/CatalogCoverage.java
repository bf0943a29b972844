package org.gongkai.core.classification;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the built-in catalog holds, year by year and class by class — written as docs/catalog.md, so that a reader knows
 * which 款 and 项 it can judge and which it only accepts with a warning (R-CAT-08).
 */
public final class CatalogCoverage {

    private CatalogCoverage() {
    }

    public static String markdown(ClassificationCatalog catalog, int fromYear, int toYear) {
        StringBuilder md = new StringBuilder("""
                # 内置分类目录的覆盖范围

                由 `./gongkai catalog coverage --markdown > docs/catalog.md` 生成，测试保证与内置目录一致（数据：
                `core/src/main/resources/org/gongkai/core/classification/`）。内置目录不含的款、项编码不会被拒绝：
                填报、导入、公开和检查都接受它，规则 R-CAT-08 给出警告并提示载入当年的官方目录；只有不属于任何类的编码
                （R-CAT-02）是错误。核对一个编码：`./gongkai catalog show 2080501 --years`；每条数据的出处见数据文件中的注释。

                ## 各年度科目数

                | 年度 | 功能分类 类 | 款 | 项 | 经济分类 类 | 款 |
                |---|---|---|---|---|---|
                """);
        for (int year = fromYear; year <= toYear; year++) {
            YearCatalog y = catalog.forYear(year);
            md.append("| ").append(year).append(" | ").append(count(y.functionsInForce(), 3)).append(" | ")
                    .append(count(y.functionsInForce(), 5)).append(" | ").append(count(y.functionsInForce(), 7)).append(" | ")
                    .append(count(y.economicsInForce(), 3)).append(" | ").append(count(y.economicsInForce(), 5)).append(" |\n");
        }
        YearCatalog last = catalog.forYear(toYear);
        md.append("\n## ").append(toYear).append(" 年各类的款、项数（0 表示该类的款、项不在内置目录中，只警告不拒绝）\n\n")
                .append("| 类 | 名称 | 款 | 项 |\n|---|---|---|---|\n");
        Map<String, CatalogEntry> classes = new TreeMap<>();
        last.functionsInForce().forEach((code, entry) -> {
            if (code.length() == 3) {
                classes.put(code, entry);
            }
        });
        classes.forEach((code, entry) -> md.append("| ").append(code).append(" | ").append(entry.name()).append(" | ")
                .append(count(last.functionsInForce(), 5, code)).append(" | ").append(count(last.functionsInForce(), 7, code)).append(" |\n"));
        return md.toString();
    }

    private static long count(Map<String, CatalogEntry> codes, int length) {
        return codes.keySet().stream().filter(c -> c.length() == length).count();
    }

    private static long count(Map<String, CatalogEntry> codes, int length, String under) {
        return codes.keySet().stream().filter(c -> c.length() == length && c.startsWith(under)).count();
    }
}
