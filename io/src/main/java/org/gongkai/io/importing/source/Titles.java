package org.gongkai.io.importing.source;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.tables.StandardTable;

/** Recognises titles and headings in any of their published variants (numbered or not, 政府基金/政府性基金). */
public final class Titles {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+(\\.\\d+)*[、.．]?|表\\s*(?:\\d+|[一二三四五六七八九十]+(?!般))[、.．:：]?)\\s*");
    private static final Pattern TABLE_NUMBER = Pattern.compile("^(?:部门[预决]算)?公开(?:(\\d{1,2})表|表([一二三四五六七八九十]+))$");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?:部门[预决]算)?公开\\s*(?:\\d{1,2}\\s*表|表[一二三四五六七八九十]+)[:：\\s]*");
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、.．](?!\\d)");
    private static final Pattern TOC_ENTRY = Pattern.compile("(\\.{3,}|…{2,}|·{3,})\\s*\\d*$");

    private Titles() {
    }

    /** Text folded for matching: NFKC, no spaces, no leading numbering. */
    public static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        String previous;
        do {
            previous = folded;
            folded = NUMBERING.matcher(folded).replaceFirst("");
        } while (!folded.equals(previous));
        return folded;
    }

    public static boolean isTocEntry(String text) {
        return TOC_ENTRY.matcher(text.strip()).find();
    }

    /** The standard table a title names, if the text is such a title (not a sentence or a contents entry). */
    public static Optional<StandardTable> standardTable(String text) {
        return layout(text).filter(l -> l.number() > 0).map(l -> StandardTable.valueOf(l.id()));
    }

    /**
     * The table layout a title names — a standard table or a regional one (机关运行经费, 政府采购 …) — if the text is
     * such a title: short, no sentence, not a contents entry, ending with 表 (or 表 and a parenthesis, 「（功能科目）」).
     */
    public static Optional<org.gongkai.core.layout.TableLayout> layout(String text) {
        return layout(text, DisclosureKind.BUDGET);
    }

    /**
     * The table layout a title names among the tables of one kind of disclosure: a budget's tables never take a title
     * that speaks of 决算, and a 决算's tables are those whose title words say 决算 (core/layout/tables.tsv).
     */
    public static Optional<org.gongkai.core.layout.TableLayout> layout(String text, DisclosureKind kind) {
        String whole = plain(NUMBER_PREFIX.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).replaceFirst(""));
        String t = whole.replaceAll("[（(][^）)]{1,12}[）)]$", "");
        if (t.length() > 45 || t.contains("，") || t.contains(",") || t.contains("。") || isTocEntry(text) || !t.endsWith("表")
                || kind == DisclosureKind.BUDGET && t.contains("决算")) {
            return Optional.empty();
        }
        org.gongkai.core.layout.Layouts layouts = org.gongkai.core.layout.Layouts.builtIn();
        // A closing 「（按经济分类科目）」 tells an economic table from the functional one of the same words.
        String folded = org.gongkai.core.layout.Layouts.foldTitle(t) + (!whole.equals(t) && whole.substring(t.length()).contains("经济") ? "(经济分类)" : "");
        org.gongkai.core.layout.TableLayout best = null;
        int bestWeight = 0;
        for (org.gongkai.core.layout.TableLayout layout : layouts.tables()) {
            int weight = layout.kind() == kind ? layout.titleWords().match(folded) : 0;
            if (weight > bestWeight) {
                best = layout;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the text is the title of a table of either kind of disclosure, a budget's or a 决算's. */
    public static boolean isTableTitleOfEitherKind(String text) {
        return layout(text, DisclosureKind.BUDGET).or(() -> layout(text, DisclosureKind.FINAL_ACCOUNTS)).isPresent();
    }

    /** The number printed before a title on its own line: "公开 01表：收支预算总表" → 1. */
    public static Optional<Integer> leadingTableNumber(String text) {
        java.util.regex.Matcher m = NUMBER_PREFIX.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
        return m.find() && m.end() < text.strip().length() ? tableNumber(m.group().replaceAll("[:：\\s]+$", "")) : Optional.empty();
    }

    /** The number a table is published under: "公开03表", "公开表三". */
    public static Optional<Integer> tableNumber(String text) {
        java.util.regex.Matcher m = TABLE_NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(number.matches("\\d+") ? Integer.parseInt(number) : chineseNumber(number));
    }

    /** 一 … 九十九. */
    private static int chineseNumber(String text) {
        String digits = "一二三四五六七八九";
        int ten = text.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(text.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(text.charAt(0)) + 1;
        int units = ten == text.length() - 1 ? 0 : digits.indexOf(text.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    /**
     * The explanation section a heading of a disclosure of this kind opens. A 决算 explains its tables under headings of
     * its own (「一、收入支出决算总体情况说明」「二、部门决算单位构成」「十、预算绩效管理情况」), tried before a budget's.
     */
    public static Optional<NarrativeSection> section(String text, DisclosureKind kind) {
        if (kind == DisclosureKind.BUDGET) {
            return section(text);
        }
        // A 决算's headings are numbered or end as headings do; a sentence that names 三公 or 单位构成 is no heading.
        String t = plain(text).replaceAll("[：:]$", "");
        boolean numbered = HEADING_NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip()).lookingAt();
        if (t.contains(",") || !numbered && !t.matches(".*(说明|情况|构成|职能|职责|解释|概况)")) {
            return Optional.empty();
        }
        return accountsSection(text).or(() -> section(text));
    }

    private static Optional<NarrativeSection> accountsSection(String text) {
        String t = plain(text).replaceAll("[：:]$", "");
        if (!isHeading(text, t) || Cells.fold(text).replaceAll("\\s+", "").matches("第[一二三四五六七八九十]+部分.*")
                || t.contains("三公") || t.contains("机关运行经费") || t.contains("政府采购") || t.contains("国有资产")) {
            return Optional.empty();
        }
        if (t.contains("单位构成")) {
            return Optional.of(NarrativeSection.ORGANIZATION);
        }
        if (t.matches(".{0,12}绩效(管理|评价|自评)(工作)?(开展)?(情况)?(说明)?")) {
            return Optional.of(NarrativeSection.PERFORMANCE);
        }
        return t.matches(".{0,30}决算.{0,8}情况(说明)?") ? Optional.of(NarrativeSection.OVERVIEW) : Optional.empty();
    }

    /**
     * A heading names a part; a line with a comma, an amount, a share or a definition (「机关运行经费：指…」) is a
     * sentence that mentions it.
     */
    private static boolean isHeading(String text, String plain) {
        return plain.length() <= 30 && !isTocEntry(text) && !plain.contains("。") && !plain.contains("，")
                && !plain.matches(".*(\\d万元|%|％).*") && !text.matches(".*[：:]\\s*指.*");
    }

    /** The explanation section a heading opens, if the text is such a heading. */
    public static Optional<NarrativeSection> section(String text) {
        String t = plain(text).replaceAll("[：:]$", "");
        if (!isHeading(text, t)) {
            return Optional.empty();
        }
        return org.gongkai.core.layout.Layouts.sectionOfHeading(t);
    }

    /**
     * A 绩效目标 form that names its project inside (上海「财政项目支出绩效目标填报表」, 「项目支出绩效目标申报表」): its part
     * is a project whose name the form gives.
     */
    public static final String NAMED_INSIDE = "";

    /** A row that is the title of a form naming its project inside (its first filled cell, spread over the frame). */
    public static boolean isProjectFormTitle(List<String> row) {
        return row.stream().filter(c -> !Cells.isBlank(c)).findFirst().flatMap(Titles::projectTable)
                .filter(NAMED_INSIDE::equals).isPresent();
    }

    /** The project name of a 绩效目标表 title ("3、档案加工整理及数字化费用绩效目标表"). */
    public static Optional<String> projectTable(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (plain(t).matches("(财政)?项目(支出)?绩效目标(填报|申报)表")) {
            return Optional.of(NAMED_INSIDE);
        }
        String name = NUMBERING.matcher(t).replaceFirst("");
        if (!name.endsWith("绩效目标表") || isTocEntry(text) || name.length() > 80) {
            return Optional.empty();
        }
        String project = name.substring(0, name.length() - "绩效目标表".length()).strip();
        if (project.matches("(详见|参见|见)(各)?(单位|所属单位|下属单位)?的?(项目)?")) {
            return Optional.empty(); // "详见单位的项目绩效目标表": a pointer to other documents, not a project
        }
        return project.isEmpty() || project.endsWith("部门整体") ? Optional.empty() : Optional.of(text.strip()
                .replaceFirst("^[#\\s]*\\d+[、.．]\\s*", "").replaceFirst("绩效目标表\\s*$", "").strip());
    }
}
