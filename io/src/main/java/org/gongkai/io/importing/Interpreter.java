package org.gongkai.io.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;

/**
 * Turns any reader's {@link SourceDocument} into the model: finds the standard tables, the explanation's sections
 * and the project tables by their titles, reads each, and lists every block it could not place.
 */
public final class Interpreter {

    private Interpreter() {
    }

    private enum Kind { TABLE, SECTION, PROJECT }

    private record Part(Kind kind, StandardTable table, NarrativeSection section, String project, Block title,
                        List<Block> blocks, TableLayout layout, Integer number) {

        Part(Kind kind, StandardTable table, NarrativeSection section, String project, Block title, List<Block> blocks) {
            this(kind, table, section, project, title, blocks, null, null);
        }
    }

    public static ImportResult interpret(SourceDocument document) {
        List<Unparsed> unparsed = new ArrayList<>();
        List<Part> parts = segment(document, unparsed);
        if (parts.isEmpty()) {
            throw new ImportException(document.name() + " 不是部门预算公开文件：未找到九张公开表、情况说明或项目绩效目标表");
        }
        Map<StandardTable, StatementTable> tables = new EnumMap<>(StandardTable.class);
        List<ReadTable> readTables = new ArrayList<>();
        String departmentLine = null;
        Integer year = null;
        for (Part part : parts) {
            if (part.kind() != Kind.TABLE || !holdsATable(part)) {
                continue;
            }
            TableHeadings headings = TableHeadings.of(part.blocks());
            ReadTable read = LayoutTableReader.read(part.layout(), part.number(), ((Block.Text) part.title()).text().strip(),
                    headings.unit(), headings.note(), grids(part), part.title().where());
            readTables.add(read);
            if (!read.unknownColumns().isEmpty() && ruled(part)) {
                unparsed.add(new Unparsed(part.title().where(), String.join("；", read.unknownColumns()),
                        "“" + read.title() + "”中未识别的栏目（表样 " + part.layout().id() + "）"));
            }
            if (part.table() == null || tables.containsKey(part.table())) {
                continue;
            }
            Optional<StatementTable> canonical = ruled(part) ? CanonicalTables.of(part.table(), read, headings.departmentLine(),
                    headings.year() == null ? 0 : headings.year()) : Optional.empty();
            if (canonical.isPresent()) {
                tables.put(part.table(), canonical.get());
                departmentLine = departmentLine == null ? headings.departmentLine() : departmentLine;
                year = year == null ? headings.year() : year;
            } else {
                PublishedTableReader.Read old = PublishedTableReader.read(part.table(), part.blocks());
                tables.put(part.table(), old.table());
                unparsed.addAll(old.unparsed());
                departmentLine = departmentLine == null ? old.departmentLine() : departmentLine;
                year = year == null ? old.year() : year;
            }
        }
        Sections sections = Sections.read(parts.stream().filter(p -> p.kind() == Kind.SECTION)
                .map(p -> Map.entry(p.section(), p.blocks())).toList(), unparsed);
        List<Project> projects = new ArrayList<>();
        for (Part part : parts) {
            if (part.kind() == Kind.PROJECT) {
                ProjectReader.read(part.project(), part.blocks(), unparsed).ifPresent(projects::add);
            }
        }
        DocumentFacts facts = DocumentFacts.of(document.blocks(), readTables.stream().anyMatch(t -> !t.empty()));
        if (facts.kind() == DocumentFacts.Kind.FINAL_ACCOUNTS) {
            throw new NotABudgetException(document.name() + " 是" + (facts.department() == null ? "" : facts.department() + "的")
                    + (facts.year() == null ? "" : facts.year() + " 年") + "部门决算（决算公开），不是部门预算：本版本读取部门预算公开文件", facts);
        }
        // The year the cover or title states wins over a year met in a table's heading or note.
        year = facts.year() != null ? facts.year() : year != null ? year : documentYear(document).orElseThrow(() ->
                new ImportException(document.name() + "：未找到预算年度（如“预算年度：2023”或“2023年部门预算”）"));
        Department department = department(departmentLine, sections.units(), projects, document, unparsed, facts);
        if (year < 1949 || year > 2999) {
            throw new ImportException(document.name() + "：预算年度 " + year + " 不是有效年份");
        }
        Builder builder = DepartmentBudget.builder(year, department);
        new TablesToModel(tables, unparsed).fill(builder);
        if (!tables.containsKey(StandardTable.THREE_PUBLIC)) {
            sections.threePublicStated(year).ifPresent(amounts -> builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts));
        }
        sections.units().forEach(builder::unit);
        projects.forEach(builder::project);
        sections.procurement().forEach(builder::procurement);
        builder.assets(assets(sections));
        sections.narrative().forEach(builder::narrative);
        sections.performance().ifPresent(builder::performance);
        sections.threePublicLastYear(year).ifPresent(builder::threePublicLastYear);
        sections.operatingCost().ifPresent(builder::operatingCost);
        List<StatementTable> published = new ArrayList<>(tables.values());
        return new ImportResult(builder.build(), published, unparsed, readTables, facts);
    }

    private static List<Part> segment(SourceDocument document, List<Unparsed> unparsed) {
        List<Part> parts = new ArrayList<>();
        Part current = null;
        Integer number = null;
        List<Block> blocks = document.blocks();
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
                    continue;
                }
                Optional<TableLayout> table = Titles.layout(text.text());
                Optional<NarrativeSection> section = table.isPresent() ? Optional.empty() : Titles.section(text.text());
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
                } else if (isPartHeading(text.text())) {
                    current = null;
                    continue;
                } else if (current == null) {
                    if (!isFrontMatter(text.text())) {
                        unparsed.add(new Unparsed(text.where(), text.text(), "不属于任何公开表或说明部分的文字"));
                    }
                    continue;
                } else {
                    current.blocks().add(block);
                    continue;
                }
                parts.add(current);
            } else if (isContents((Block.Grid) block)) {
                continue;
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
        return parts;
    }

    /**
     * A section heading wrapped onto a second line (「九、一般公共预算“三公”经费、会议费、培训费支出预」「算情况说明」):
     * the first line alone may read as a table title or a heading, the second alone as a part heading; together they
     * are the section heading.
     */
    private static boolean wrappedHeading(String first, String second) {
        String tail = Titles.plain(second);
        return tail.length() <= 12 && !tail.contains("。") && !second.strip().matches("[（(]?[一二三四五六七八九十\\d]+[、.．)）].*")
                && tail.matches(".*(说明|情况|信息)") && Titles.section(first.strip() + second.strip()).isPresent();
    }

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

    private static List<Block.Grid> grids(Part part) {
        return part.blocks().stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    }

    /** The part's tables came with their cell boundaries (ruled PDF tables). */
    private static boolean ruled(Part part) {
        List<Block.Grid> grids = grids(part);
        return !grids.isEmpty() && grids.stream().allMatch(Block.Grid::spansKnown);
    }

    /** A table title followed by a grid or a 空表列示 note; a bare title is a contents entry. */
    private static boolean holdsATable(Part part) {
        return part.blocks().stream().anyMatch(b -> b instanceof Block.Grid
                || b instanceof Block.Text t && Titles.plain(t.text()).contains("空表"));
    }

    /** "二、…部门预算情况说明", "第二部分 预算项目绩效目标": structure only, ends the part before. */
    private static boolean isPartHeading(String text) {
        String t = Titles.plain(text);
        return t.length() < 60 && !Titles.isTocEntry(text)
                && (t.endsWith("情况说明") || t.endsWith("预算公开表") || t.endsWith("专项资金绩效目标")
                || t.endsWith("预算项目绩效目标") || t.endsWith("公开目录") || t.equals("目录"));
    }

    private static boolean isFrontMatter(String text) {
        String t = Titles.plain(text);
        return Titles.isTocEntry(text) || t.length() < 40 && (t.contains("预算") || t.contains("公开") || t.matches("[二〇一二三四五六七八九十零年月]+"))
                || t.startsWith("按照《") || t.matches(".*[\\p{IsHan}]{4,}(委员会|办公室|局|中心|部门)$");
    }

    private static boolean isContents(Block.Grid grid) {
        long entries = grid.rows().stream().filter(r -> !r.isEmpty() && Titles.isTocEntry(String.join(" ", r))).count();
        return entries > 0 && entries * 2 >= grid.rows().size();
    }

    private static Optional<Integer> documentYear(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> Heads.year(((Block.Text) b).text()))
                .flatMap(Optional::stream).findFirst();
    }

    private static Department department(String departmentLine, List<Unit> units, List<Project> projects,
                                         SourceDocument document, List<Unparsed> unparsed, DocumentFacts facts) {
        if (departmentLine != null) {
            String[] parts = departmentLine.split(" ", 2);
            return new Department(parts[0], parts[1]);
        }
        Optional<String> code = projects.stream().map(Project::unitCode).filter(c -> c != null && c.length() >= 6)
                .map(c -> c.substring(0, 3)).findFirst();
        Optional<String> name = units.stream().map(Unit::name).findFirst()
                .or(() -> projects.stream().map(Project::unitName).filter(n -> n != null).findFirst());
        if (code.isPresent() && name.isPresent()) {
            return new Department(code.get(), name.get().replaceAll("（本级）|\\(本级\\)", ""));
        }
        if (facts.department() != null) {
            // Most regions print the department's name without its code: the name is what identifies it here.
            return new Department("000", facts.department());
        }
        if (facts.kind() == DocumentFacts.Kind.BLANK_TEMPLATE) {
            return new Department("000", "（空白模板，未填写单位）");
        }
        unparsed.add(new Unparsed(document.name(), "", "未找到部门编码和名称"));
        return new Department("000", name.orElse("未识别部门"));
    }

    private static Assets assets(Sections sections) {
        List<AssetRow> rows = sections.assetRows();
        if (rows.isEmpty() && sections.fixedAssetsStated().isEmpty()) {
            return null;
        }
        BigDecimal total = rows.stream().filter(r -> Titles.plain(r.category()).matches("合计|资产总额|总计|固定资产总额"))
                .map(AssetRow::value).filter(v -> v != null).findFirst().orElse(sections.fixedAssetsStated().orElse(null));
        return new Assets(null, total, sections.plannedPurchasesStated().orElse(null), rows);
    }

    static List<ProcurementItem> none() {
        return List.of();
    }
}
