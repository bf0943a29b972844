package org.gongkai.io.importing;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.tables.StandardTable;

/** Recognises titles and headings in any of their published variants (numbered or not, 政府基金/政府性基金). */
final class Titles {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+(\\.\\d+)*[、.．]?|表\\s*\\d+[、.．:：]?)\\s*");
    private static final Pattern TOC_ENTRY = Pattern.compile("(\\.{3,}|…{2,}|·{3,})\\s*\\d*$");

    private Titles() {
    }

    /** Text folded for matching: NFKC, no spaces, no leading numbering. */
    static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        String previous;
        do {
            previous = folded;
            folded = NUMBERING.matcher(folded).replaceFirst("");
        } while (!folded.equals(previous));
        return folded;
    }

    static boolean isTocEntry(String text) {
        return TOC_ENTRY.matcher(text.strip()).find();
    }

    /** The standard table a title names, if the text is such a title (not a sentence or a contents entry). */
    static Optional<StandardTable> standardTable(String text) {
        String t = plain(text);
        if (t.length() > 40 || t.contains("，") || t.contains(",") || isTocEntry(text) || !t.endsWith("表")) {
            return Optional.empty();
        }
        if (t.contains("三公") && t.contains("支出表")) {
            return Optional.of(StandardTable.THREE_PUBLIC);
        }
        if (t.contains("财政拨款收支总表")) {
            return Optional.of(StandardTable.FISCAL_SUMMARY);
        }
        if (t.contains("收支总表")) {
            return Optional.of(StandardTable.SUMMARY);
        }
        if (t.contains("收入总表")) {
            return Optional.of(StandardTable.INCOME);
        }
        if (t.contains("支出总表")) {
            return Optional.of(StandardTable.EXPENDITURE);
        }
        if (t.contains("基本支出表")) {
            return Optional.of(StandardTable.GENERAL_PUBLIC_BASIC);
        }
        if (t.contains("一般公共预算") && t.contains("支出表")) {
            return Optional.of(StandardTable.GENERAL_PUBLIC_EXPENDITURE);
        }
        if ((t.contains("政府性基金") || t.contains("政府基金")) && t.contains("支出表")) {
            return Optional.of(StandardTable.GOVERNMENT_FUND_EXPENDITURE);
        }
        if (t.contains("国有资本经营") && t.contains("支出表")) {
            return Optional.of(StandardTable.STATE_CAPITAL_EXPENDITURE);
        }
        return Optional.empty();
    }

    /** The explanation section a heading opens, if the text is such a heading. */
    static Optional<NarrativeSection> section(String text) {
        String t = plain(text).replaceAll("[：:]$", "");
        if (t.length() > 30 || isTocEntry(text) || t.contains("。")) {
            return Optional.empty();
        }
        if (t.startsWith("部门职责")) {
            return Optional.of(NarrativeSection.DUTIES);
        }
        if (t.startsWith("机构设置")) {
            return Optional.of(NarrativeSection.ORGANIZATION);
        }
        if (t.contains("预算安排") && t.contains("总体情况")) {
            return Optional.of(NarrativeSection.OVERVIEW);
        }
        if (t.contains("机关运行经费")) {
            return Optional.of(NarrativeSection.OPERATING_COST);
        }
        if (t.contains("三公") && (t.contains("经费") || t.contains("增减"))) {
            return Optional.of(NarrativeSection.THREE_PUBLIC);
        }
        if (t.contains("绩效信息") || t.equals("部门整体绩效目标") || t.endsWith("部门预算绩效信息")) {
            return Optional.of(NarrativeSection.PERFORMANCE);
        }
        if (t.contains("政府采购") && (t.contains("情况") || t.endsWith("预算"))) {
            return Optional.of(NarrativeSection.PROCUREMENT);
        }
        if (t.contains("国有资产") || t.contains("资产信息")) {
            return Optional.of(NarrativeSection.ASSETS);
        }
        if (t.startsWith("名词解释")) {
            return Optional.of(NarrativeSection.GLOSSARY);
        }
        if (t.startsWith("其他需要说明")) {
            return Optional.of(NarrativeSection.OTHER);
        }
        return Optional.empty();
    }

    /** The project name of a 绩效目标表 title ("3、档案加工整理及数字化费用绩效目标表"). */
    static Optional<String> projectTable(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        String name = NUMBERING.matcher(t).replaceFirst("");
        if (!name.endsWith("绩效目标表") || isTocEntry(text) || name.length() > 80) {
            return Optional.empty();
        }
        String project = name.substring(0, name.length() - "绩效目标表".length()).strip();
        return project.isEmpty() || project.endsWith("部门整体") ? Optional.empty() : Optional.of(text.strip()
                .replaceFirst("^[#\\s]*\\d+[、.．]\\s*", "").replaceFirst("绩效目标表\\s*$", "").strip());
    }
}
