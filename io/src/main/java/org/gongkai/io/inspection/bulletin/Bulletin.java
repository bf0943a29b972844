package org.gongkai.io.inspection.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongkai.core.rules.RuleCatalogue;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Scorecard;
import org.gongkai.io.inspection.Timeliness;

/**
 * The 通报 a bureau sends after an inspection, as content for its DOCX and PDF writers: title, scope, who published
 * late or not at all, the ranking, the typical problems by rule family with quoted examples, and the 整改要求.
 *
 * <p>{@code roster} is where the lines of the region's roster (应公开未公开, 单位 packages missing, a document filed
 * under another department …) go: each a department and its problem, listed with the late and unreadable ones.
 */
public record Bulletin(String title, List<String> scope, List<Problem> publication, List<Problem> roster,
                       List<InspectionReport.Ranked> ranking, List<Family> families, String requirements) {

    /** A department and what is wrong with its publishing (late, unreadable, missing half, not published). */
    public record Problem(String department, String problem) {
    }

    /** A quoted example of a typical problem: whose, where, the text, and what is wrong. */
    public record Example(String department, String where, String quote, String message) {
    }

    /** A rule family's findings: how many documents, how many findings, up to three examples. */
    public record Family(String code, String title, int documents, int findings, List<Example> examples) {
    }

    /** Where the bureau writes its deadline; never a date made up here. */
    public static final String DEADLINE = "____年__月__日";
    static final int EXAMPLES = 3;

    public static Bulletin of(InspectionReport report, List<LocatedFindings.Document> documents, List<Problem> roster) {
        TreeSet<Integer> years = new TreeSet<>();
        documents.forEach(d -> years.add(d.card().year()));
        String year = years.isEmpty() ? "____" : years.size() == 1 ? years.first().toString()
                : years.first() + "—" + years.last();
        String kinds = documents.stream().map(d -> d.card().kindName()).distinct().sorted().reduce((a, b) -> a + b).orElse("预决算");
        String title = "关于" + year + "年度部门" + (kinds.equals("预算") ? "预算" : kinds.equals("决算") ? "决算" : "预决算") + "公开情况的通报";
        return new Bulletin(title, scope(report, documents, year), publication(report), List.copyOf(roster),
                report.summary().ranking(), families(documents), defaultRequirements());
    }

    private static List<String> scope(InspectionReport report, List<LocatedFindings.Document> documents, String year) {
        InspectionReport.Summary s = report.summary();
        long departments = documents.stream().map(d -> d.card().departmentName()).distinct().count();
        long budgets = documents.stream().filter(d -> "预算".equals(d.card().kindName())).count();
        long finals = documents.stream().filter(d -> "决算".equals(d.card().kindName())).count();
        long findings = documents.stream().mapToLong(d -> d.entries().size()).sum();
        List<String> scope = new ArrayList<>();
        scope.add("按照预决算公开工作要求，现对 " + departments + " 个部门（单位）" + year + " 年度预决算公开情况进行了检查，"
                + "共收到文件 " + s.documents() + " 份，其中部门预算 " + budgets + " 份、部门决算 " + finals + " 份，无法读取 "
                + s.unreadable() + " 份，重复文件 " + s.duplicates() + " 份"
                + (s.parts() > 0 ? "，另有 " + s.parts() + " 份与另一文件合为一份公开、合并检查" : "") + "。");
        scope.add("检查内容包括公开完整性（九张公开表及情况说明各部分）、表内表间数据一致性、说明与表格一致性、科目编码、金额单位、"
                + "绩效目标及公开时效。共发现问题 " + findings + " 处，平均得分 " + s.averageScore() + " 分。");
        return scope;
    }

    /** What the report itself knows of publishing: files not read, a half without its other half, late publication. */
    private static List<Problem> publication(InspectionReport report) {
        List<Problem> problems = new ArrayList<>();
        for (Scorecard c : report.documents()) {
            String who = c.departmentName() == null ? c.file() : c.departmentName();
            if (c.status() == Scorecard.Status.UNREADABLE) {
                String reason = c.reason().startsWith(c.file() + "：") ? c.reason().substring(c.file().length() + 1) : c.reason();
                problems.add(new Problem(who, "文件无法读取：" + reason));
            } else if (c.status() == Scorecard.Status.CHECKED) {
                c.findings().stream().filter(f -> "R-REQ-08".equals(f.rule())).findFirst()
                        .ifPresent(f -> problems.add(new Problem(who, "公开不完整：" + f.message())));
                if (c.timeliness().verdict() == Timeliness.Verdict.LATE) {
                    problems.add(new Problem(who, "未按时公开：批复 " + c.timeliness().approved() + "，公开 " + c.timeliness().published()
                            + "，" + c.timeliness().chinese() + "（应在批复后 " + Timeliness.DAYS_ALLOWED + " 日内公开）"));
                }
            }
        }
        return problems;
    }

    private static List<Family> families(List<LocatedFindings.Document> documents) {
        List<Family> families = new ArrayList<>();
        for (RuleCatalogue.Family family : RuleCatalogue.families(RuleRegistry.all())) {
            String prefix = "R-" + family.code() + "-";
            Map<String, List<LocatedFindings.Entry>> byDocument = new LinkedHashMap<>();
            for (LocatedFindings.Document d : documents) {
                d.entries().stream().filter(e -> e.finding().rule().startsWith(prefix))
                        .forEach(e -> byDocument.computeIfAbsent(d.card().file(), k -> new ArrayList<>()).add(e));
            }
            if (byDocument.isEmpty()) {
                continue;
            }
            families.add(new Family(family.code(), family.title(), byDocument.size(),
                    byDocument.values().stream().mapToInt(List::size).sum(), examples(documents, byDocument)));
        }
        return families;
    }

    /** One example from each of up to three documents, preferring a finding whose place and quote were found. */
    private static List<Example> examples(List<LocatedFindings.Document> documents, Map<String, List<LocatedFindings.Entry>> byDocument) {
        List<Example> examples = new ArrayList<>();
        for (LocatedFindings.Document d : documents) {
            List<LocatedFindings.Entry> entries = byDocument.get(d.card().file());
            if (entries == null || examples.size() == EXAMPLES) {
                continue;
            }
            LocatedFindings.Entry e = entries.stream().filter(x -> !x.quote().isEmpty()).findFirst().orElse(entries.get(0));
            examples.add(new Example(d.card().departmentName(), e.where(), e.quote(), "[" + e.finding().rule() + "] " + e.finding().message()));
        }
        return examples;
    }

    private static String defaultRequirements() {
        return "请各部门（单位）对照本通报及所附整改清单逐项整改：对公开表、情况说明中的错误予以更正并重新公开，未公开或公开不完整的"
                + "及时补充公开，并于 " + DEADLINE + " 前将整改情况（填写整改清单「整改情况（部门填写）」一栏）报送财政局。"
                + "整改不到位的，将在下一年度预决算公开检查中予以通报。";
    }
}
