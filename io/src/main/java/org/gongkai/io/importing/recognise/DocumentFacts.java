package org.gongkai.io.importing.recognise;

import org.gongkai.io.importing.source.Heads;
import org.gongkai.core.rules.Disclosure.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;
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
            "^(.*?)((?:19|20)\\d{2})年度?(?:区级|市级|省级|县级|本级)?(.*?)(?:部门|单位)?[“\"]?(预算|决算|三公)");
    /** How far into a document its title is looked for: below a page's chrome, above its explanation. */
    private static final int TITLE_SEARCH = 40;
    /** How far the 职能 paragraph is looked for: below a contents page. */
    private static final int DUTIES_SEARCH = 120;
    private static final Pattern REGION_ONLY = Pattern.compile(".*(省|市|区|县|自治区|自治州|旗)$");
    /** A region and the funds of a title's subject: 「云县」, 「某区财政拨款」 before 「“三公”经费」. */
    private static final Pattern REGIONS_FUNDS = Pattern.compile(".+(省|市|区|县|自治区|自治州|旗)(本级)?(财政拨款|一般公共预算(财政拨款)?|各部门)?");
    private static final Pattern YEAR_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年度?");

    /**
     * A document's text lines and its title, read once and handed to each step that asks what the document is (its
     * nature, budget or 决算, whose and which year).
     */
    public record Opening(List<String> texts, String title, List<String> titleLines) {

        public static Opening of(List<Block> blocks) {
            List<String> texts = DocumentFacts.texts(blocks);
            List<String> titleLines = DocumentFacts.titleLines(texts);
            return new Opening(texts, DocumentFacts.title(blocks, titleLines), titleLines);
        }

        /**
         * Whether the document is a 部门决算: its title says 决算 and not 预算, two early headings say 部门决算 or 单位决算, or
         * three short lines are titles of 决算 tables (a tables-only file without a cover).
         */
        public boolean isFinalAccounts() {
            return finalAccounts(title, texts);
        }

        /** Whether every line of the document (its site's chrome aside) is its title: a page whose files are attached. */
        public boolean titleOnly() {
            return !title.isEmpty() && texts.stream().filter(t -> !t.isBlank() && !isChrome(t)).map(t -> t.replaceAll("\\s+", ""))
                    .allMatch(t -> titleLines.contains(t) || title.contains(t));
        }

        /**
         * Whether the title gives a region's "三公" as a whole, no organisation's: 「云县2023年“三公”经费决算情况说明」,
         * 「某区2019年财政拨款“三公”经费预算情况」 — what a finance bureau publishes for all its departments.
         */
        public boolean regionsThreePublic() {
            Matcher cover = COVER.matcher(title);
            if (!cover.find() || !cover.group(4).equals("三公") || fromCover(title).isPresent()) {
                return false;
            }
            return REGIONS_FUNDS.matcher(cover.group(1).replaceAll("^关于", "") + cover.group(3)).matches();
        }
    }

    /** Reads the facts from the document's opening (the cover and headings come first). */
    public static DocumentFacts of(Opening opening, boolean anyFigures) {
        List<String> texts = opening.texts();
        String cover = opening.title();
        Kind kind = kind(cover, texts, anyFigures);
        Level level = cover.contains("单位预算") || cover.contains("单位决算") || cover.contains("预算单位")
                || texts.stream().limit(40).anyMatch(t -> t.contains("预算单位财务收支") || t.matches(".*单位(预算|决算)(公开)?$"))
                ? Level.UNIT : Level.DEPARTMENT;
        return new DocumentFacts(kind, level, department(texts, cover, opening.titleLines()).orElse(null), year(cover, texts).orElse(null));
    }

    /**
     * The document's title: its cover when that reads as one, else — a web page's or a fragment's opening is often no
     * cover (site chrome, a contents page, a sentence) — the first early line that states a year and 预算 or 决算;
     * empty when none does.
     */
    private static String title(List<Block> blocks, List<String> titleLines) {
        String opening = cover(blocks);
        return COVER.matcher(opening).find() && !opening.contains("。") && opening.length() <= 100 ? opening
                : titleLines.stream().findFirst().orElse("");
    }

    /** The early lines that read as a title: short, not site chrome, stating a year and 预算 or 决算. */
    private static List<String> titleLines(List<String> texts) {
        return texts.stream().limit(TITLE_SEARCH).filter(t -> !isChrome(t)).map(t -> t.replaceAll("\\s+", ""))
                .filter(t -> t.length() <= 80 && !t.contains("。") && !t.matches(".*[:：]$") && COVER.matcher(t).find()
                        && !Sentences.COMPARED_YEAR.matcher(t).find()).toList();
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
            if (block instanceof Block.Text text && !isChrome(text.text())) {
                cover.append(text.text().replaceAll("\\s+", ""));
                lines++;
            }
        }
        return cover.toString();
    }

    /**
     * A line a web page prints above or beside its article, never its title: 「发布时间：2024-01-30」「来源：…」「字号：大 中
     * 小」「浏览次数」, a breadcrumb 「首页 > 政务公开 > …」, a bare date.
     */
    static boolean isChrome(String text) {
        String t = text.replaceAll("\\s+", "").replaceAll("^[•·●◆■\\-*]+", "");
        return CHROME.matcher(t).find() || t.matches("[\\d\\-/.:年月日]+");
    }

    private static final Pattern CHROME = Pattern.compile(
            "^(发布时间|发布日期|日期|时间|来源|信息来源|作者|字号|浏览|点击|阅读|打印|关闭|分享|索引号|文号|发文机关|主题分类)[:：]|^(备注/文号|公文生成日期|生成日期|成文日期|发布机构|责任部门|公开方式|公开时限|有效性|体裁分类|关键字)|>|»|【(打印|关闭)】|字号[:：]?[大中小]");

    private static boolean finalAccounts(String cover, List<String> texts) {
        // 「一般公共预算财政拨款支出决算」「预算数」 name a 决算's own columns and funds, not a budget.
        String coverKind = cover.replaceAll(FUNDS_AND_COLUMNS, "");
        return coverKind.contains("决算") && !coverKind.contains("预算")
                || !coverKind.contains("预算") && !coverKind.contains("决算") && saysFinalAccounts(texts)
                || texts.stream().limit(60).filter(t -> t.replaceAll("\\s+", "").matches(".{0,30}(部门|单位)决算.{0,10}")).count() >= 2
                || texts.stream().map(t -> t.replaceAll("\\s+", "")).filter(t -> t.length() <= 45 && t.matches(".*决算(总|明细)?表")).count() >= 3;
    }

    /** What a year's spending is set against, in words that never say 决算: 「与年初预算对比」「年初预算为2.95万元」. */
    private static final Pattern EXECUTED = Pattern.compile("(与|比|较|对比)年初预算|年初预算为|完成(年初)?预算的|预算完成率");

    /** Words with 预算 in them that name a 决算's own funds and columns. */
    private static final String FUNDS_AND_COLUMNS = "一般公共预算|政府性基金预算|国有资本经营预算|预算数|预算单位|预算执行";

    /**
     * A text without a title (a fragment, a page of a 情况说明) is a 决算 when it speaks of 决算 (or sets spending against
     * its 年初预算) at least twice and more often than of 预算 — 一般公共预算, 预算数 and 预算单位 name a 决算's own funds and
     * columns, not a budget.
     */
    private static boolean saysFinalAccounts(List<String> texts) {
        String whole = String.join("", texts.stream().limit(400).toList()).replaceAll("\\s+", "");
        long executed = EXECUTED.matcher(whole).results().count();
        String text = whole.replaceAll(FUNDS_AND_COLUMNS + "|完成预算|年初预算|调整预算|预算的|比预算|与预算|较预算", "");
        long finalAccounts = occurrences(text, "决算") + executed;
        return finalAccounts >= 2 && finalAccounts > occurrences(text, "预算");
    }

    private static long occurrences(String text, String word) {
        return (text.length() - text.replace(word, "").length()) / word.length();
    }

    /**
     * The year a text without a title or table heading speaks of most, comparisons left out (「较2022年度决算数增加」
     * is the year before's): a page of a 情况说明 names its own year in every other sentence.
     */
    public static Optional<Integer> mostStatedYear(List<Block> blocks) {
        Map<Integer, Long> years = new HashMap<>();
        for (String text : texts(blocks)) {
            Matcher m = STATED_YEAR.matcher(text.replaceAll("\\s+", ""));
            while (m.find()) {
                years.merge(Integer.valueOf(m.group(1)), 1L, Long::sum);
            }
        }
        return years.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** The year of the date a page says it was published or written (「发布时间：2024-01-30」「成文日期：2023年9月1日」). */
    public static Optional<Integer> publicationYear(List<Block> blocks) {
        return texts(blocks).stream().limit(TITLE_SEARCH).map(t -> PUBLISHED.matcher(t.replaceAll("\\s+", ""))).filter(Matcher::find)
                .map(m -> Integer.valueOf(m.group(1))).findFirst();
    }

    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布时间|发布日期|成文日期|公开日期|生成日期|日期)[\\]］】]?[:：]?((?:19|20)\\d{2})[-/.年]\\d{1,2}");

    private static final Pattern STATED_YEAR = Pattern.compile(Sentences.NOT_COMPARED + "(?<!\\d)((?:19|20)\\d{2})年(?!\\d{1,2}月)");

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

    /**
     * The first name that reads like an organisation's ({@link DepartmentNames}): a 编制部门/单位名称 label's, then the
     * cover's. A label's value that is a table's title or a sentence is passed over, never taken as the department.
     */
    private static Optional<String> department(List<String> texts, String cover, List<String> titleLines) {
        Optional<String> fromCover = fromCover(cover).filter(d -> !Heads.isTableTitle(d)).flatMap(DepartmentNames::organisation)
                .or(() -> titleLines.stream().map(DocumentFacts::fromCover).flatMap(Optional::stream)
                        .filter(d -> !Heads.isTableTitle(d)).map(DepartmentNames::organisation).flatMap(Optional::stream).findFirst());
        for (String text : texts) {
            Matcher labelled = LABELLED.matcher(text.strip());
            if (labelled.find() && !labelled.group(1).matches(".*(万元|元|XX|××).*") && !Heads.isTableTitle(labelled.group(1))) {
                String name = labelled.group(1);
                // A long name wraps in its cell ("部门名称：江苏省人大" / "常委会办公厅"): the cover has it whole.
                Optional<String> whole = fromCover.filter(c -> c.startsWith(name) && c.length() > name.length())
                        .or(() -> DepartmentNames.organisation(name));
                if (whole.isPresent()) {
                    return whole;
                }
            }
        }
        return fromCover.or(() -> namedInYearlessTitle(texts)).or(() -> namedAboveTitle(texts)).or(() -> namedInDuties(texts))
                .or(() -> signedBy(texts));
    }

    /**
     * The name a 职能 paragraph or a sentence opens with, for a document whose title is not among its text (a page of
     * the 情况说明): 「某县某镇人民政府基本职能：…」, 「某管理委员会（以下简称“本部门”）为…」, 「某中级人民法院负责审理…」,
     * 「某乡人民政府（本级）2023年无…」, 「某镇2020年“三公”经费决算数共计…」.
     */
    private static Optional<String> namedInDuties(List<String> texts) {
        return texts.stream().limit(DUTIES_SEARCH).map(t -> DUTIES_NAMED.matcher(t.strip().replaceAll("\\s+", "")))
                .filter(Matcher::find).map(m -> m.group(1)).map(DepartmentNames::organisation).flatMap(Optional::stream).findFirst();
    }

    /** A title line that names no year (「某县民政局部门预算公开」): the name before 部门预算 or 单位决算. */
    private static Optional<String> namedInYearlessTitle(List<String> texts) {
        List<String> lines = texts.stream().limit(TITLE_SEARCH).filter(t -> !isChrome(t)).map(t -> t.strip().replaceAll("\\s+", "")).toList();
        for (int i = 0; i < lines.size(); i++) {
            // The name and 「部门预算公开」 may stand on two lines.
            for (String candidate : i + 1 < lines.size() ? List.of(lines.get(i), lines.get(i) + lines.get(i + 1)) : List.of(lines.get(i))) {
                Matcher m = YEARLESS_TITLE.matcher(candidate);
                Optional<String> name = m.matches() ? DepartmentNames.organisation(m.group(1)) : Optional.empty();
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** The organisation that signs the document at its end: its name on a line of its own above the date (「2016年2月19日」). */
    private static Optional<String> signedBy(List<String> texts) {
        List<String> lines = texts.stream().map(t -> t.strip().replaceAll("\\s+", "")).filter(t -> !t.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - SIGNATURE_SEARCH); i--) {
            if (SIGNED_ON.matcher(lines.get(i)).matches()) {
                return DepartmentNames.organisation(lines.get(i - 1));
            }
        }
        return Optional.empty();
    }

    private static final Pattern SIGNED_ON = Pattern.compile("(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日");
    /** How many closing lines hold a signature. */
    private static final int SIGNATURE_SEARCH = 6;

    /** A title that opens with its year (「2023年部门预算公开情况说明」) under a line of the name alone (「某卫生院本级」). */
    private static Optional<String> namedAboveTitle(List<String> texts) {
        List<String> lines = texts.stream().limit(TITLE_SEARCH).filter(t -> !isChrome(t) && !t.isBlank()).map(t -> t.strip().replaceAll("\\s+", "")).toList();
        for (int i = 1; i < lines.size(); i++) {
            Matcher title = COVER.matcher(lines.get(i));
            if (title.find() && title.group(1).isEmpty() && lines.get(i).length() <= 40) {
                Optional<String> name = DepartmentNames.organisation(lines.get(i - 1));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern YEARLESS_TITLE = Pattern.compile("^(.{3,40}?)(?:部门|单位)(?:预算|决算)(?:公开|信息公开)?(?:情况说明)?$");

    private static final Pattern DUTIES_NAMED = Pattern.compile(
            "^(?:第[一二三四五六七八九十]+部分)?([\\p{IsHan}（）()]{3,40}?)(?:的)?(?:基本职能|主要职能|主要职责|主要履行|履行以下|负责|只有本级|内设|下设|是一所|是一家|是一个|[（(]以下简称[“\"]?本(?:部门|单位)|(?:单位|部门)?概况$|(?=(?:19|20)\\d{2}年))");

    private static Optional<String> fromCover(String cover) {
        Matcher title = COVER.matcher(cover);
        if (title.find()) {
            // 「柳城县人民政府办公室柳城县2023年度部门决算」: the region repeated before the year is not the name's.
            String before = withoutRepeatedRegion(title.group(1).replaceAll("^(关于|第[一二三四五六七八九十]+部分)", ""));
            // 「某区审计局财政拨款“三公”经费2022年预算情况的说明」: the subject may come before the year too.
            if (DepartmentNames.organisation(before).isEmpty()) {
                before = SUBJECT.split(before, 2)[0];
            }
            // 「2023年广东省财政厅一般公共预算财政拨款“三公”经费支出决算」: the name ends where the subject begins.
            String after = SUBJECT.split(title.group(3), 2)[0].replaceAll("(预算公开|公开)$", "");
            if (!before.isEmpty() && !REGION_ONLY.matcher(before).matches()) {
                return Optional.of(before);
            }
            if (!after.isEmpty() && after.length() >= 4) {
                return Optional.of(after);
            }
        }
        return Optional.empty();
    }

    /** 「柳城县人民政府办公室柳城县」 → 「柳城县人民政府办公室」: a region printed again before the year is not the name's. */
    private static String withoutRepeatedRegion(String before) {
        for (int end = before.length() - 2; end >= 3; end--) {
            if (before.substring(end).matches("[\\p{IsHan}]{1,8}(省|市|区|县|旗)") && DepartmentNames.organisation(before.substring(0, end)).isPresent()) {
                return before.substring(0, end);
            }
        }
        return before;
    }

    /** Where a title's subject begins after the department's name. */
    private static final Pattern SUBJECT = Pattern.compile("一般公共|财政拨款|[“\"]?三公|政府性基金|国有资本|部门|单位|整体|收支|收入|支出");

    private static Optional<Integer> year(String cover, List<String> texts) {
        Matcher m = YEAR_TITLE.matcher(cover);
        if (m.find()) {
            return Optional.of(Integer.valueOf(m.group(1)));
        }
        for (String text : texts) {
            String t = text.replaceAll("\\s+", "");
            Matcher y = YEAR_TITLE.matcher(t);
            if (t.length() < 60 && (t.contains("预算") || t.contains("决算")) && !Sentences.COMPARED_YEAR.matcher(t).find() && y.find()) {
                return Optional.of(Integer.valueOf(y.group(1)));
            }
        }
        return Optional.empty();
    }
}
