package org.gongkai.io.importing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Sentences;

/**
 * What a 决算's explanation states that its tables do not hold, in the words the national template gives every region:
 * each 一般公共预算 item's 年初预算 and 全年预算 (「…（类）…（款）…（项）。…年初预算为X万元…全年预算为Y万元」), the
 * "三公" counts (车辆, 团组, 批次, 人次), procurement by 货物/工程/服务 and what small and medium enterprises were awarded,
 * and the performance self-evaluations. Text is matched folded, without spaces; a figure not stated stays null.
 */
final class AccountsStatements {

    private static final String AMOUNT = "(-?[\\d,]+(?:\\.\\d+)?)万元";
    private static final Pattern ITEM = Pattern.compile(
            "(?:^|\\n)\\d{1,2}[、.](?:[^()\\n]{2,30}?\\(类\\))?(?:([^()\\n]{2,30}?)\\(款\\))?([^()\\n]{2,30}?)\\(项\\)");
    private static final Pattern INITIAL = Pattern.compile("年初预算(?:数)?为" + AMOUNT);
    private static final Pattern ADJUSTED = Pattern.compile("(?:全年|调整)预算(?:数)?为" + AMOUNT);
    private static final Pattern HELD = Pattern.compile("(?:共有|保有量为?)(?:公务用?)?车(?:辆)?(\\d+)辆");
    private static final Pattern BOUGHT = Pattern.compile("购置(?:公务用?)?车(?:辆)?(\\d+)辆");
    private static final Pattern DELEGATIONS = Pattern.compile("(?:团组(\\d+)个|(\\d+)个(?:因公出国\\(境\\))?团组)[,、]?(?:累计)?(?:共)?(\\d+)人");
    private static final Pattern RECEPTIONS = Pattern.compile("(\\d+)批次[,、]?(?:接待)?(?:人员)?(?:共)?(?:(\\d+)人)?");
    private static final Pattern SME_AWARDED = Pattern.compile("授予中小企业合同金额(?:为)?" + AMOUNT);
    private static final Pattern SME_WON = Pattern.compile("由中小企业供应商中标或成交的,?采购金额(?:为)?" + AMOUNT);
    private static final Pattern PROJECTS_EVALUATED = Pattern.compile(
            "绩效自评的(\\d{4})年度项目(\\d+)个,涉及预算金额" + AMOUNT + "(?:,平均得分([\\d.]+)分)?");
    private static final Pattern DEPARTMENT_EVALUATED = Pattern.compile("部门整体(?:支出)?绩效(?:自评|评价)[^。]{0,30}?得分(?:为)?([\\d.]+)分");

    private final Map<NarrativeSection, String> text = new LinkedHashMap<>();

    private AccountsStatements(Map<NarrativeSection, String> narrative) {
        narrative.forEach((section, body) -> text.put(section, Sentences.plain(body.replace("\n", "¶")).replace("¶", "\n")));
    }

    static AccountsStatements of(Map<NarrativeSection, String> narrative) {
        return new AccountsStatements(narrative);
    }

    /**
     * Each item the overview explains, by the code {@code codeOf} finds for its 款 and 项 names: [年初预算, 全年预算], either
     * null where not stated. An item whose names no table prints is left out.
     */
    Map<String, BigDecimal[]> itemBudgets(BiFunction<String, String, Optional<String>> codeOf) {
        String overview = text.getOrDefault(NarrativeSection.OVERVIEW, "");
        Map<String, BigDecimal[]> budgets = new LinkedHashMap<>();
        Matcher item = ITEM.matcher(overview);
        List<int[]> spans = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        while (item.find()) {
            spans.add(new int[] {item.end(), overview.length()});
            names.add(new String[] {item.group(1), item.group(2)});
            if (spans.size() > 1) {
                spans.get(spans.size() - 2)[1] = item.start();
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            String body = overview.substring(spans.get(i)[0], spans.get(i)[1]);
            BigDecimal initial = first(INITIAL, body);
            BigDecimal adjusted = first(ADJUSTED, body);
            if (initial != null || adjusted != null) {
                codeOf.apply(names.get(i)[0], names.get(i)[1]).ifPresent(code -> budgets.putIfAbsent(code, new BigDecimal[] {initial, adjusted}));
            }
        }
        return budgets;
    }

    /** The "三公" counts the 三公 and 国有资产 sections state. */
    ThreePublicCounts counts() {
        String stated = text.getOrDefault(NarrativeSection.THREE_PUBLIC, "") + "\n" + text.getOrDefault(NarrativeSection.ASSETS, "");
        Matcher delegations = DELEGATIONS.matcher(stated);
        boolean abroad = delegations.find();
        Matcher receptions = RECEPTIONS.matcher(stated);
        boolean received = receptions.find();
        return new ThreePublicCounts(integer(BOUGHT, stated), integer(HELD, stated),
                abroad ? Integer.valueOf(delegations.group(1) != null ? delegations.group(1) : delegations.group(2)) : null,
                abroad ? Integer.valueOf(delegations.group(3)) : null,
                received ? Integer.valueOf(receptions.group(1)) : null,
                received && receptions.group(2) != null ? Integer.valueOf(receptions.group(2)) : null);
    }

    /**
     * Procurement by kind, and what SMEs were awarded: as stated (授予中小企业合同金额), or as the template's sentences give
     * it, the contracts SMEs won among those reserved for them and among the others.
     */
    ProcurementSplit procurement() {
        String stated = text.getOrDefault(NarrativeSection.PROCUREMENT, "");
        BigDecimal awarded = first(SME_AWARDED, stated);
        if (awarded == null) {
            Matcher won = SME_WON.matcher(stated);
            while (won.find()) {
                awarded = (awarded == null ? BigDecimal.ZERO : awarded).add(amount(won.group(1)));
            }
        }
        return new ProcurementSplit(kind("货物", stated), kind("工程", stated), kind("服务", stated), awarded);
    }

    private static BigDecimal kind(String kind, String stated) {
        return first(Pattern.compile(kind + "(?:类)?(?:采购)?(?:金额|支出)?(?:为)?" + AMOUNT), stated);
    }

    /** The projects' self-evaluation as the performance section sums it up, and the department's own where stated. */
    List<SelfEvaluation> evaluations() {
        String stated = text.getOrDefault(NarrativeSection.PERFORMANCE, "");
        List<SelfEvaluation> evaluations = new ArrayList<>();
        Matcher projects = PROJECTS_EVALUATED.matcher(stated);
        if (projects.find()) {
            evaluations.add(new SelfEvaluation(projects.group(1) + "年度绩效自评项目（" + projects.group(2) + "个）", false,
                    amount(projects.group(3)), null, projects.group(4) == null ? null : new BigDecimal(projects.group(4)), null, List.of()));
        }
        Matcher department = DEPARTMENT_EVALUATED.matcher(stated);
        if (department.find()) {
            evaluations.add(new SelfEvaluation("部门整体支出", true, null, null, new BigDecimal(department.group(1)), null, List.of()));
        }
        return evaluations;
    }

    private static BigDecimal first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? amount(m.group(1)) : null;
    }

    private static Integer integer(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", ""));
    }
}
