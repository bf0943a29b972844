package org.gongkai.io.importing.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Cuts a document into its parts by their titles: the tables (standard or regional), the explanation's sections and
 * the project tables, each with the blocks that follow it. A budget's and a 决算's titles are told apart by the kind
 * of disclosure the document is: each kind reads only its own tables' titles.
 */
public final class Segmenter {

    public enum Kind { TABLE, SECTION, PROJECT }

    /** One part: what opened it (a table's layout and number, a section, a project) and the blocks under its title. */
    public record Part(Kind kind, StandardTable table, NarrativeSection section, String project, Block title,
                List<Block> blocks, TableLayout layout, Integer number) {

        Part(Kind kind, StandardTable table, NarrativeSection section, String project, Block title, List<Block> blocks) {
            this(kind, table, section, project, title, blocks, null, null);
        }

        public List<Block.Grid> grids() {
            return blocks.stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
        }

        /** A table whose grid has come: a new table's number or title after it begins another table. */
        boolean holdsItsGrid() {
            return kind == Kind.TABLE && !grids().isEmpty();
        }

        /** The part's tables came with their cell boundaries (ruled PDF tables). */
        public boolean ruled() {
            List<Block.Grid> grids = grids();
            return !grids.isEmpty() && grids.stream().allMatch(Block.Grid::spansKnown);
        }

        /** A table title followed by a grid or a 空表列示 note; a bare title is a contents entry. */
        public boolean holdsATable() {
            return blocks.stream().anyMatch(b -> b instanceof Block.Grid
                    || b instanceof Block.Text t && Titles.plain(t.text()).contains("空表"));
        }
    }

    private final DisclosureKind kind;
    private final List<Unparsed> unparsed;

    private Segmenter(DisclosureKind kind, List<Unparsed> unparsed) {
        this.kind = kind;
        this.unparsed = unparsed;
    }

    public static List<Part> parts(SourceDocument document, DisclosureKind kind, List<Unparsed> unparsed) {
        return new Segmenter(kind, unparsed).segment(kind == DisclosureKind.FINAL_ACCOUNTS
                ? ContentsPage.without(document.blocks()) : document.blocks());
    }

    private List<Part> segment(List<Block> blocks) {
        List<Part> parts = new ArrayList<>();
        Map<Block.Text, Unparsed> outside = new LinkedHashMap<>();
        Part current = null;
        Integer number = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Text first && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Text second
                    && wrappedHeading(first.text(), second.text())) {
                block = new Block.Text(first.text().strip() + second.text().strip(), first.level(), first.where());
                i++;
            }
            if (block instanceof Block.Text text) {
                Optional<Integer> numbered = Titles.tableNumber(text.text());
                if (numbered.isPresent()) {
                    number = numbered.get();
                    if (endsTable(current, numbered.get())) {
                        current = null;
                    }
                    continue;
                }
                Optional<TableLayout> table = Titles.layout(text.text(), kind);
                Optional<NarrativeSection> section = table.isPresent() ? Optional.empty() : Titles.section(text.text(), kind);
                Optional<String> project = table.isPresent() || section.isPresent() ? Optional.empty()
                        : Titles.projectTable(text.text());
                if (table.isPresent()) {
                    StandardTable standard = table.get().number() > 0 ? StandardTable.valueOf(table.get().id()) : null;
                    Integer printed = Titles.leadingTableNumber(text.text()).orElse(number);
                    current = new Part(Kind.TABLE, standard, null, null, block, new ArrayList<>(), table.get(), printed);
                    number = null;
                } else if (section.isPresent()) {
                    current = new Part(Kind.SECTION, null, section.get(), null, block, new ArrayList<>());
                } else if (project.isPresent()) {
                    current = new Part(Kind.PROJECT, null, null, project.get(), block, new ArrayList<>());
                } else if (isPartHeading(text.text()) || endsTable(current, text.text())) {
                    current = null;
                    continue;
                } else if (current == null) {
                    Unparsed unread = new Unparsed(text.where(), text.text(), "不属于任何公开表或说明部分的文字");
                    outside.put(text, unread);
                    if (!isFrontMatter(text.text()) && !isCover(text, blocks)) {
                        unparsed.add(unread);
                    }
                    continue;
                } else {
                    current.blocks().add(block);
                    continue;
                }
                parts.add(current);
            } else if (isContents((Block.Grid) block)) {
                continue;
            } else if (isPartHeading((Block.Grid) block)) {
                current = null;
            } else if (Titles.isProjectFormTitle(((Block.Grid) block).rows().get(0))) {
                // 绩效目标填报表 whose title is the first row of their own frame (上海), several run together over pages:
                // each title row starts a project part of its own.
                for (Block.Grid form : forms((Block.Grid) block)) {
                    current = new Part(Kind.PROJECT, null, null, Titles.NAMED_INSIDE, form, new ArrayList<>(List.of(form)));
                    parts.add(current);
                }
            } else if (current != null) {
                current.blocks().add(block);
            } else {
                unparsed.add(new Unparsed(block.where(), ((Block.Grid) block).rows().toString(), "不属于任何公开表或说明部分的表格"));
            }
        }
        return withImplicitExplanation(parts, outside);
    }

    /**
     * A page whose explanation has no heading we know (a web article, a notice, crawled text): the text outside every
     * part is its explanation when it states amounts, each sentence in the part it speaks of ({@link ImplicitSection}),
     * read before the parts that follow it.
     */
    private List<Part> withImplicitExplanation(List<Part> parts, Map<Block.Text, Unparsed> outside) {
        boolean headed = parts.stream().anyMatch(p -> p.kind() == Kind.SECTION);
        // A page of an explanation that opens mid-section (its heading is on the page before) states amounts before its
        // first heading: those lines are read by their subjects too, and only those and the numbered headings over them.
        List<Block.Text> texts = outside.keySet().stream()
                .filter(t -> !headed || ImplicitSection.statesAmounts(List.of(t)) || ImplicitSection.isHeading(t)).toList();
        if (!ImplicitSection.statesAmounts(texts)) {
            return parts;
        }
        texts.forEach(t -> unparsed.remove(outside.get(t)));
        List<Part> all = new ArrayList<>();
        ImplicitSection.parts(texts).forEach((section, blocks) ->
                all.add(new Part(Kind.SECTION, null, section, null, blocks.get(0), new ArrayList<>(blocks))));
        all.addAll(parts);
        return all;
    }

    /**
     * A section heading wrapped onto a second line (「九、一般公共预算“三公”经费、会议费、培训费支出预」「算情况说明」):
     * the first line alone may read as a table title or a heading, the second alone as a part heading; together they
     * are the section heading.
     */
    private boolean wrappedHeading(String first, String second) {
        String tail = Titles.plain(second);
        return tail.length() <= 12 && !tail.contains("。") && !second.strip().matches("[（(]?[一二三四五六七八九十\\d]+[、.．)）].*")
                && tail.matches(".*(说明|情况|信息)") && Titles.section(first.strip() + second.strip(), kind).isPresent();
    }

    /**
     * The number of another table (「表7」 under 表6's grid) ends the table above, whether or not its title is one we
     * know: a grid we cannot name is reported, never read into the table before it. A number printed after its own
     * title (before any grid) belongs to that title.
     */
    private static boolean endsTable(Part current, int number) {
        return current != null && current.holdsItsGrid() && (current.number() == null || current.number() != number);
    }

    /** The title of a table we do not know (「一般公共预算项目支出情况表（按经济分类科目）」) under a table that has its grid. */
    private static boolean endsTable(Part current, String text) {
        String t = Titles.plain(text);
        return current != null && current.holdsItsGrid() && t.length() <= 60
                && !Titles.isTocEntry(text) && UNKNOWN_TITLE.matcher(t).matches();
    }

    private static final Pattern UNKNOWN_TITLE = Pattern.compile(
            ".*(预算|决算|支出|收入|经费|采购|资产).*(表|表[（(][^）)]{1,20}[）)])");

    /** One grid of several forms, cut at each form's title row. */
    private static List<Block.Grid> forms(Block.Grid grid) {
        List<Block.Grid> forms = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            if (Titles.isProjectFormTitle(row) && !rows.isEmpty()) {
                forms.add(new Block.Grid(rows, grid.where(), grid.spansKnown()));
                rows = new ArrayList<>();
            }
            rows.add(row);
        }
        forms.add(new Block.Grid(rows, grid.where(), grid.spansKnown()));
        return forms;
    }

    /**
     * "二、…部门预算情况说明", "第二部分 预算项目绩效目标": structure only, ends the part before. A 决算 also heads its
     * parts 「第三部分 …部门决算情况说明」 and its tables 「…2024年度部门决算表」; the title of a 决算 table that is none of
     * the nine (「财政拨款支出决算明细表」) ends the part before too, so that its grid is reported rather than read into
     * the table above it.
     */
    private boolean isPartHeading(String text) {
        String t = Titles.plain(text);
        if (kind == DisclosureKind.FINAL_ACCOUNTS && t.length() < 60 && !Titles.isTocEntry(text)
                && (Cells.fold(text).replaceAll("\\s+", "").matches("第[一二三四五六七八九十]+部分.*") || t.matches(".{0,40}决算.{0,8}表"))) {
            return true;
        }
        return t.length() < 60 && !Titles.isTocEntry(text)
                && (t.endsWith("情况说明") || t.endsWith("预算公开表") || t.endsWith("专项资金绩效目标")
                || t.endsWith("预算项目绩效目标") || t.endsWith("公开目录") || t.equals("目录"));
    }

    /** A part heading printed in a frame of its own (one row: 「第三部分 | …部门决算情况」). */
    private boolean isPartHeading(Block.Grid grid) {
        return kind == DisclosureKind.FINAL_ACCOUNTS && grid.rows().size() == 1
                && isPartHeading(String.join(" ", grid.rows().get(0).stream().filter(c -> !c.isBlank()).toList()));
    }

    /** A 决算's cover page, before any part: its title broken over lines (「中共上海市普陀区委」「社会工作部2024年度」). */
    private boolean isCover(Block.Text text, List<Block> blocks) {
        return kind == DisclosureKind.FINAL_ACCOUNTS && text.where().equals(blocks.get(0).where());
    }

    private boolean isFrontMatter(String text) {
        String t = Titles.plain(text);
        return Titles.isTocEntry(text) || t.length() < 40 && (t.contains("预算") || t.contains("公开") || t.matches("[二〇一二三四五六七八九十零年月]+"))
                || t.startsWith("按照《") || t.matches(".*[\\p{IsHan}]{4,}(委员会|办公室|局|中心|部门)$")
                || kind == DisclosureKind.FINAL_ACCOUNTS && (t.length() < 40 && t.contains("决算") || t.equals("说明"));
    }

    private static boolean isContents(Block.Grid grid) {
        long entries = grid.rows().stream().filter(r -> !r.isEmpty() && Titles.isTocEntry(String.join(" ", r))).count();
        return entries > 0 && entries * 2 >= grid.rows().size();
    }
}
