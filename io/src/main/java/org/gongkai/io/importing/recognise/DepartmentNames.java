package org.gongkai.io.importing.recognise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.layout.Layouts;

/**
 * Whether a name read where a department is expected reads like an organisation's (vocabulary in
 * {@code department-names.tsv}): 「某县文化广电和旅游局」 does, 「年度一般公共预算支出经济分类情况表」, 「关于」 or a bare
 * region does not. A wrong department is worse than none: a name that does not read like one is dropped, and the
 * document is reported as naming no department.
 */
public final class DepartmentNames {

    private static final List<String[]> WORDS = Layouts.rows("department-names.tsv", 2);
    private static final List<String> ENDS = words("ends");
    private static final List<String> NEVER = words("never");
    private static final List<String> QUALIFIERS = words("qualifier");
    /** Shorter than this is no organisation's full name (「财政局」 alone names no one). */
    private static final int SHORTEST = 3;
    private static final int LONGEST = 60;
    private static final Pattern ALIAS = Pattern.compile("(?<=[\\p{IsHan}])[（(]([^（）()]{3,30})[）)]$");
    /**
     * 「各乡镇」「全县」「本单位」「该局」「现将我厅」: words that speak of organisations or open a sentence, never one's name
     * (本溪市, 全州县 are places).
     */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(各|全(省|市|区|县|旗|镇|乡)|本(部门|单位|局|委|机关|级)|该|所属|下属|现将|现就|特将|兹将|经(?!济|营))|我(局|委|厅|办|院|部|所|中心|站|校|单位|部门|机关)");
    private static final Pattern NUMBERING = Pattern.compile("^[(（]?[一二三四五六七八九十]+[)）、.．]+");

    private DepartmentNames() {
    }

    /**
     * The name as printed (its qualifier kept: 「（本级）」 and 「（汇总）」 tell the level), if without its qualifier it
     * reads like an organisation's name.
     */
    public static Optional<String> organisation(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        // 「(一)某镇人民政府」: a list's numbering is not the name's.
        String whole = NUMBERING.matcher(printed.strip().replaceAll("\\s+", "")).replaceFirst("");
        // 「某区综合行政执法局（某区城市管理局）」「某集中区（管委会）」: a second name or a kind in brackets after the first is an
        // alias; one of the two ends as an organisation's name does.
        Matcher alias = ALIAS.matcher(unqualified(whole));
        boolean aliased = alias.find();
        String name = aliased ? unqualified(whole).substring(0, alias.start()) : unqualified(whole);
        if (name.length() < SHORTEST || name.length() > LONGEST || !name.matches("[\\p{IsHan}（）()·\\-“”\"A-Za-z0-9]+")) {
            return Optional.empty();
        }
        boolean endsAsOne = ENDS.stream().anyMatch(name::endsWith) || aliased && ENDS.stream().anyMatch(alias.group(1)::endsWith);
        if (NEVER.stream().anyMatch(name::contains) || NOT_A_NAME.matcher(name).find() || !endsAsOne) {
            return Optional.empty();
        }
        return Optional.of(whole);
    }

    /** The name without a printed qualifier: 「某局（本级）」 → 「某局」. */
    public static String unqualified(String name) {
        for (String qualifier : QUALIFIERS) {
            if (name.endsWith(qualifier) && name.length() > qualifier.length()) {
                return name.substring(0, name.length() - qualifier.length());
            }
        }
        return name;
    }

    private static List<String> words(String kind) {
        return WORDS.stream().filter(r -> r[0].equals(kind))
                .flatMap(r -> Arrays.stream(r[1].split("\\|"))).map(String::strip).filter(w -> !w.isEmpty())
                // Longer qualifiers first: 「机关本级」 before 「本级」.
                .sorted((a, b) -> b.length() - a.length()).toList();
    }
}
