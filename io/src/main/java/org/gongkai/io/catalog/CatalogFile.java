package org.gongkai.io.catalog;

import java.util.List;
import org.gongkai.core.classification.CatalogLine;

/**
 * What an official catalog file holds for Gongkai: the expenditure codes it lists, and what was passed over and why
 * (收入分类 codes, 目级 codes below 项), so that a loader can say so.
 */
public record CatalogFile(String name, List<CatalogLine> lines, int incomeCodes, int deeperCodes) {

    public CatalogFile {
        lines = List.copyOf(lines);
    }

    /** 「读到 1520 个支出科目；跳过收入分类 410 个、项以下科目 12 个」. */
    public String summary() {
        StringBuilder text = new StringBuilder("读到 ").append(lines.size()).append(" 个支出科目");
        if (incomeCodes > 0 || deeperCodes > 0) {
            text.append("；跳过");
            if (incomeCodes > 0) {
                text.append("收入分类 ").append(incomeCodes).append(" 个");
            }
            if (deeperCodes > 0) {
                text.append(incomeCodes > 0 ? "、" : "").append("项以下科目 ").append(deeperCodes).append(" 个");
            }
        }
        return text.toString();
    }
}
