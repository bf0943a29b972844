package org.gongkai.io.importing;

import org.gongkai.io.importing.source.Heads;
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
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.Unit;
import org.gongkai.io.importing.recognise.Segmenter.Part;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.model.AccountsToModel;
import org.gongkai.io.importing.model.TablesToModel;
import org.gongkai.io.importing.recognise.CanonicalTables;
import org.gongkai.io.importing.recognise.ContentsPage;
import org.gongkai.io.importing.recognise.DepartmentNames;
import org.gongkai.io.importing.recognise.DocumentFacts;
import org.gongkai.io.importing.recognise.DocumentNature;
import org.gongkai.io.importing.recognise.LayoutTableReader;
import org.gongkai.io.importing.recognise.ProjectReader;
import org.gongkai.io.importing.recognise.PublishedTableReader;
import org.gongkai.io.importing.recognise.ReadTable;
import org.gongkai.io.importing.recognise.Sections;
import org.gongkai.io.importing.recognise.Segmenter;
import org.gongkai.io.importing.recognise.TableHeadings;
import org.gongkai.io.importing.recognise.ThreePublicByRows;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Simplified;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Turns any reader's {@link SourceDocument} into the model: finds the standard tables, the explanation's sections
 * and the project tables by their titles, reads each, and lists every block it could not place.
 */
public final class Interpreter {

    private Interpreter() {
    }

    /** The standard tables as read and in canonical form, with the department line and year their headings gave. */
    private record Tables(Map<StandardTable, StatementTable> canonical, List<ReadTable> read, String departmentLine, Integer year) {
    }

    public static ImportResult interpret(SourceDocument printed) {
        SourceDocument document = Simplified.of(printed);
        // A 绩效评价 report, an 审计报告 or a scan OCR read nothing on is named for what it is, not read as a budget.
        DocumentFacts.Opening opening = DocumentFacts.Opening.of(document.blocks());
        DocumentNature.of(document, opening).requireDisclosure(document.name());
        List<Unparsed> unparsed = new ArrayList<>();
        DisclosureKind kind = opening.isFinalAccounts() ? DisclosureKind.FINAL_ACCOUNTS : DisclosureKind.BUDGET;
        List<Part> parts = parts(document, opening, kind, unparsed);
        Tables tables = tables(parts, kind, unparsed);
        Sections sections = Sections.read(parts.stream().filter(p -> p.kind() == Segmenter.Kind.SECTION)
                .map(p -> Map.entry(p.section(), p.blocks())).toList(), unparsed);
        List<Project> projects = projects(parts, unparsed);
        DocumentFacts facts = DocumentFacts.of(opening, tables.read().stream().anyMatch(t -> !t.empty()));
        int year = year(document, kind, facts, tables, unparsed);
        Department department = department(tables.departmentLine(), sections.units(), projects, document, unparsed, facts);
        Builder builder = DepartmentBudget.builder(year, department);
        AccountsToModel accounts = kind == DisclosureKind.FINAL_ACCOUNTS
                ? new AccountsToModel(tables.canonical(), tables.read(), unparsed) : null;
        if (accounts != null) {
            accounts.fill(builder);
        } else {
            new TablesToModel(tables.canonical(), unparsed).fill(builder);
        }
        explanation(builder, sections, tables, kind, year);
        projects.forEach(builder::project);
        DepartmentBudget model = builder.build();
        return new ImportResult(model, published(tables, accounts, year), unparsed, tables.read(), facts,
                accounts == null ? null : accounts.accounts(model, sections.evaluations()));
    }

    /**
     * The document's parts. A document with none is refused, saying what was looked for, unless it is a disclosure's
     * cover and contents, or its title, only: then who, what and which year are read and the rest is said to be missing.
     */
    private static List<Part> parts(SourceDocument document, DocumentFacts.Opening opening, DisclosureKind kind, List<Unparsed> unparsed) {
        List<Part> parts = Segmenter.parts(document, kind, unparsed);
        if (parts.isEmpty() && !opening.title().isEmpty() && ContentsPage.listsParts(document.blocks(), kind)) {
            unparsed.add(new Unparsed(document.name(), opening.title(), "只有封面和目录：未见公开表和情况说明的正文"));
        } else if (parts.isEmpty() && opening.titleOnly()) {
            unparsed.add(new Unparsed(document.name(), opening.title(), "只有标题：未见公开表和情况说明（可能在附件中）"));
        } else if (parts.isEmpty()) {
            throw new ImportException(document.name() + (kind == DisclosureKind.BUDGET
                    ? " 不是部门预算公开文件：未找到九张公开表、情况说明或项目绩效目标表"
                    : " 是部门决算，但未找到任何决算公开表或情况说明：九张决算表的表题（如“收入支出决算总表”）和说明的标题都不符合已知的表样"));
        }
        return parts;
    }

    private static List<Project> projects(List<Part> parts, List<Unparsed> unparsed) {
        List<Project> projects = new ArrayList<>();
        for (Part part : parts) {
            if (part.kind() == Segmenter.Kind.PROJECT) {
                ProjectReader.read(part.project(), part.blocks(), unparsed).ifPresent(projects::add);
            }
        }
        return projects;
    }

    /** The year the cover or title states wins over a year met in a table's heading or note, and that over the text's. */
    private static int year(SourceDocument document, DisclosureKind kind, DocumentFacts facts, Tables tables, List<Unparsed> unparsed) {
        int year = facts.year() != null ? facts.year() : tables.year() != null ? tables.year() : documentYear(document)
                .or(() -> publishedYear(document, kind, unparsed)).orElseThrow(() ->
                new ImportException(document.name() + "：未找到" + kind.shortName() + "年度（如“" + kind.shortName() + "年度：2023”或“2023年"
                        + kind.chinese() + "”）"));
        if (year < 1949 || year > 2999) {
            throw new ImportException(document.name() + "：" + kind.shortName() + "年度 " + year + " 不是有效年份");
        }
        return year;
    }

    /** What the explanation gives: its text, units, procurement, assets, performance and what its statements fill in. */
    private static void explanation(Builder builder, Sections sections, Tables tables, DisclosureKind kind, int year) {
        boolean finalAccounts = kind == DisclosureKind.FINAL_ACCOUNTS;
        StandardTable threePublic = finalAccounts ? StandardTable.ACCOUNTS_THREE_PUBLIC : StandardTable.THREE_PUBLIC;
        if (!tables.canonical().containsKey(threePublic)) {
            sections.threePublicStated(year, finalAccounts).ifPresent(amounts -> builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts));
        }
        sections.units().forEach(builder::unit);
        sections.procurement().forEach(builder::procurement);
        builder.assets(assets(sections));
        sections.narrative().forEach(builder::narrative);
        sections.performance().ifPresent(builder::performance);
        sections.threePublicLastYear(year, finalAccounts).ifPresent(builder::threePublicLastYear);
        sections.operatingCost().ifPresent(builder::operatingCost);
    }

    /** The standard tables as published; a 决算's print no year of their own: they are the year's the cover names. */
    private static List<StatementTable> published(Tables tables, AccountsToModel accounts, int year) {
        List<StatementTable> published = new ArrayList<>(tables.canonical().values());
        if (accounts != null) {
            published.replaceAll(t -> t.year() != 0 ? t : new StatementTable(t.kind(), t.departmentLine(), year, t.unit(), t.header(),
                    t.columns(), t.rows(), t.note()));
        }
        return published;
    }

    /**
     * Each table part read in its own layout and, for the standard tables, in canonical form; a budget's table its
     * layout cannot place is read by the older grid reader.
     */
    private static Tables tables(List<Part> parts, DisclosureKind kind, List<Unparsed> unparsed) {
        Map<StandardTable, StatementTable> tables = new EnumMap<>(StandardTable.class);
        List<ReadTable> readTables = new ArrayList<>();
        String departmentLine = null;
        Integer year = null;
        boolean byLayout = kind == DisclosureKind.FINAL_ACCOUNTS;
        for (Part part : parts) {
            if (part.kind() != Segmenter.Kind.TABLE || !part.holdsATable()) {
                continue;
            }
            TableHeadings headings = TableHeadings.of(part.blocks());
            ReadTable read = ThreePublicByRows.transpose(LayoutTableReader.read(part.layout(), part.number(),
                    ((Block.Text) part.title()).text().strip(), headings.unit(), headings.note(), part.grids(), part.title().where()));
            readTables.add(read);
            if (!read.unknownColumns().isEmpty() && (part.ruled() || byLayout)) {
                unparsed.add(new Unparsed(part.title().where(), String.join("；", read.unknownColumns()),
                        "“" + read.title() + "”中未识别的栏目（表样 " + part.layout().id() + "）"));
            }
            if (part.table() == null || tables.containsKey(part.table())) {
                continue;
            }
            // Every table is read by what its header and rows mean first; the older reader of text grids is the fallback.
            Optional<StatementTable> canonical = CanonicalTables.of(part.table(), read, headings.departmentLine(),
                    headings.year() == null ? 0 : headings.year());
            if (canonical.isPresent()) {
                tables.put(part.table(), canonical.get());
                departmentLine = departmentLine == null ? headings.departmentLine() : departmentLine;
                year = year == null ? headings.year() : year;
            } else if (!byLayout) {
                PublishedTableReader.Read old = PublishedTableReader.read(part.table(), part.blocks());
                tables.put(part.table(), old.table());
                unparsed.addAll(old.unparsed());
                departmentLine = departmentLine == null ? old.departmentLine() : departmentLine;
                year = year == null ? old.year() : year;
            }
        }
        return new Tables(tables, readTables, departmentLine, year);
    }

    /**
     * A page that names no year of its own is dated by when it was published: a budget is published in its year
     * (within 20 days of approval), a 决算 in the year after. Said among what was not read, as an inference.
     */
    private static Optional<Integer> publishedYear(SourceDocument document, DisclosureKind kind, List<Unparsed> unparsed) {
        return DocumentFacts.publicationYear(document.blocks()).map(published -> {
            int year = kind == DisclosureKind.FINAL_ACCOUNTS ? published - 1 : published;
            unparsed.add(new Unparsed(document.name(), "", "文件未写明" + kind.shortName() + "年度：按发布日期（" + published + "年）推定为 "
                    + year + " 年"));
            return year;
        });
    }

    private static Optional<Integer> documentYear(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> Heads.year(((Block.Text) b).text()))
                .flatMap(Optional::stream).findFirst().or(() -> DocumentFacts.mostStatedYear(document.blocks()));
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
            return new Department(code.get(), DepartmentNames.unqualified(name.get()));
        }
        if (facts.department() != null) {
            // Most regions print the department's name without its code: the name is what identifies it here.
            return new Department("000", facts.department());
        }
        if (facts.kind() == DocumentFacts.Kind.BLANK_TEMPLATE) {
            return new Department("000", "（空白模板，未填写单位）");
        }
        unparsed.add(new Unparsed(document.name(), "", "未找到部门编码和名称"));
        return new Department("000", name.map(DepartmentNames::unqualified).orElse("未识别部门"));
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
