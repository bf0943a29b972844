package org.gongkai.server.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.io.inspection.region.RegionFinding;

/**
 * The region's findings (across documents and against the roster) in the groups an inspector reads them by, in the
 * order her 通报 takes them: who did not publish or was late first, then what disagrees between documents.
 */
public final class RegionSections {

    /** One group: its Chinese title and its findings, each shown without the rule id its message starts with. */
    public record Section(String id, String title, List<Shown> findings) {
    }

    /** A finding as shown: the message without its leading rule id, the rule id kept apart for the inspector's reference. */
    public record Shown(String rule, String severity, String severityName, String department, List<String> files, String location,
                        String message) {
    }

    private record Group(String id, String title, List<String> rules) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("missing", "应公开未公开", List.of("R-X-11")),
            new Group("late", "逾期公开", List.of("R-X-13")),
            new Group("units", "部门所属单位未公开", List.of("R-X-12")),
            new Group("misfiled", "文件与所在部门、年度或类别不符，或不在名单中", List.of("R-X-10", "R-X-14")),
            new Group("budget-final", "预算与决算不一致", List.of("R-X-01", "R-X-02")),
            new Group("years", "年度之间不一致", List.of("R-X-03", "R-X-04", "R-X-05", "R-X-06")),
            new Group("department-units", "部门与所属单位合计不一致", List.of("R-X-07")),
            new Group("same-document", "同一文件在两个部门名下公开", List.of("R-X-08", "R-X-09")));

    private RegionSections() {
    }

    /** The non-empty groups in order; a finding of a rule in no group (a later rule) goes into 「其他」 at the end. */
    public static List<Section> of(List<RegionFinding> findings) {
        Map<String, List<Shown>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g.id(), new ArrayList<>()));
        byGroup.put("other", new ArrayList<>());
        for (RegionFinding f : findings) {
            String group = GROUPS.stream().filter(g -> g.rules().contains(f.rule())).map(Group::id).findFirst().orElse("other");
            byGroup.get(group).add(shown(f));
        }
        List<Section> sections = new ArrayList<>();
        for (Group g : GROUPS) {
            if (!byGroup.get(g.id()).isEmpty()) {
                sections.add(new Section(g.id(), g.title(), byGroup.get(g.id())));
            }
        }
        if (!byGroup.get("other").isEmpty()) {
            sections.add(new Section("other", "其他", byGroup.get("other")));
        }
        return sections;
    }

    private static Shown shown(RegionFinding f) {
        String message = f.message().startsWith(f.rule() + " ") ? f.message().substring(f.rule().length() + 1) : f.message();
        return new Shown(f.rule(), f.severity().chinese(), f.severity().name(), f.department(), f.files(), f.location(), message);
    }
}
