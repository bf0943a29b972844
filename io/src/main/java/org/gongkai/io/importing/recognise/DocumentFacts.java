package org.gongkai.io.importing.recognise;

import org.gongkai.io.importing.source.Heads;
import org.gongkai.core.rules.Disclosure.Level;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.io.importing.source.Block;

/**
 * What a published document says about itself: whose it is, for which year, at which level, and what kind of
 * disclosure it is. Read from the labelled lines every region prints in some form (「编制部门：」「预算主管部门：」
 * 「编制单位：」「预算单位：」「部门名称：」「部 门:」) and from the cover and title ("…2025年区级部门预算",
 * "2018 年度江苏省高级人民法院预算公开", "…2024 年度部门决算").
 * The level is the rules' own {@link Level} (部门预算 or 单位预算).
 */
public record DocumentFacts(Kind kind, Level level, String department, Integer year) {

    /** A budget, a final-accounts disclosure, or a blank official template with no figures. */
    public enum Kind {
        BUDGET("部门预算"), FINAL_ACCOUNTS("部门决算"), BLANK_TEMPLATE("空白模板");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private static final Pattern LABELLED = Pattern.compile(
            "(?:预算主管部门|编制部门|编制单位|预算单位|部门名称|单位名称|主管部门|部门)[:：]\\s*([^\\s:：]{2,40}?)(?=\\s{2,}|\\s*单位[:：]|\\s*金额单位|$)");
    private static final Pattern COVER = Pattern.compile(
            "^(.*?)((?:19|20)\\d{2})年度?(?:区级|市级|省级|县级|本级)?(.*?)(?:部门|单位)?(预算|决算)");
    private static final Pattern REGION_ONLY = Pattern.compile(".*(省|市|区|县|自治区|自治州|旗)$");
    private static final Pattern YEAR_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    /** Reads the facts from the document's text blocks (the cover and headings come first). */
    public static DocumentFacts of(List<Block> blocks, boolean anyFigures) {
        List<String> texts = texts(blocks);
        String cover = cover(blocks);
        Kind kind = kind(cover, texts, anyFigures);
        Level level = cover.contains("单位预算") || cover.contains("单位决算") || cover.contains("预算单位")
                || texts.stream().limit(40).anyMatch(t -> t.contains("预算单位财务收支") || t.matches(".*单位(预算|决算)(公开)?$"))
                ? Level.UNIT : Level.DEPARTMENT;
        return new DocumentFacts(kind, level, department(texts, cover).filter(d -> !Heads.isTableTitle(d)).orElse(null),
                year(cover, texts).orElse(null));
    }

    /** The cover: the first page's opening lines joined (a title is often broken over two or three lines). */
    private static String cover(List<Block> blocks) {
        StringBuilder cover = new StringBuilder();
        String firstPage = blocks.isEmpty() ? "" : blocks.get(0).where();
        int lines = 0;
        boolean byLine = firstPage.endsWith("行");
        for (Block block : blocks) {
            // A page's opening lines; a text rendering has no pages, so its opening short lines until they read as a
            // title (「某县档案馆」 /「2023年度」/「部门决算」), or its first line alone when that already does.
            boolean onCover = byLine ? block instanceof Block.Text t && t.text().strip().length() <= 30 && !COVER.matcher(cover).find()
                    : block.where().equals(firstPage);
            if (lines >= 4 || (lines > 0 && !onCover)) {
                break;
            }
            if (block instanceof Block.Text text) {
                cover.append(text.text().replaceAll("\\s+", ""));
                lines++;
            }
        }
        return cover.toString();
    }

    /**
     * Whether the document is a 部门决算: its cover says 决算 and not 预算, two early headings say 部门决算 or 单位决算, or
     * three short lines are titles of 决算 tables (a tables-only file without a cover).
     */
    public static boolean isFinalAccounts(List<Block> blocks) {
        return finalAccounts(cover(blocks), texts(blocks));
    }

    private static boolean finalAccounts(String cover, List<String> texts) {
        return cover.contains("决算") && !cover.contains("预算")
                || texts.stream().limit(60).filter(t -> t.replaceAll("\\s+", "").matches(".{0,30}(部门|单位)决算.{0,10}")).count() >= 2
                || texts.stream().map(t -> t.replaceAll("\\s+", "")).filter(t -> t.length() <= 45 && t.matches(".*决算(总|明细)?表")).count() >= 3;
    }

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text()).toList();
    }

    private static Kind kind(String cover, List<String> texts, boolean anyFigures) {
        if (finalAccounts(cover, texts)) {
            return Kind.FINAL_ACCOUNTS;
        }
        return anyFigures ? Kind.BUDGET : texts.stream().anyMatch(t -> t.contains("XX") || t.contains("××") || t.contains("xx"))
                ? Kind.BLANK_TEMPLATE : Kind.BUDGET;
    }

    private static Optional<String> department(List<String> texts, String cover) {
        Optional<String> fromCover = fromCover(cover);
        for (String text : texts) {
            Matcher labelled = LABELLED.matcher(text.strip());
            if (labelled.find() && !labelled.group(1).matches(".*(万元|元|XX|××).*")) {
                String name = labelled.group(1);
                // A long name wraps in its cell ("部门名称：江苏省人大" / "常委会办公厅"): the cover has it whole.
                return Optional.of(fromCover.filter(c -> c.startsWith(name) && c.length() > name.length()).orElse(name));
            }
        }
        return fromCover;
    }

    private static Optional<String> fromCover(String cover) {
        Matcher title = COVER.matcher(cover);
        if (title.find()) {
            String before = title.group(1).replaceAll("^(关于)", "");
            String after = title.group(3).replaceAll("(预算公开|公开)$", "");
            if (!before.isEmpty() && !REGION_ONLY.matcher(before).matches()) {
                return Optional.of(before);
            }
            if (!after.isEmpty() && after.length() >= 4) {
                return Optional.of(after);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> year(String cover, List<String> texts) {
        Matcher m = YEAR_TITLE.matcher(cover);
        if (m.find()) {
            return Optional.of(Integer.valueOf(m.group(1)));
        }
        for (String text : texts) {
            String t = text.replaceAll("\\s+", "");
            Matcher y = YEAR_TITLE.matcher(t);
            if (t.length() < 60 && (t.contains("预算") || t.contains("决算")) && y.find()) {
                return Optional.of(Integer.valueOf(y.group(1)));
            }
        }
        return Optional.empty();
    }
}
