package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * Self-evaluation (绩效自评) figures are consistent. A project's grade fits its score (优 ≥ 90, 良 80–89.99, 中/合格
 * 60–79.99, 差/不合格 below 60). The text's counts of projects by grade add up to the projects evaluated, and the average
 * score it states is one those grades allow.
 */
public final class SelfEvaluationConsistent extends AccountsRule {

    private static final Pattern EVALUATED = Pattern.compile("绩效自评的(?:\\d{4}年度?)?项目(\\d+)个");
    private static final Pattern AVERAGE = Pattern.compile("平均得分" + "(\\d+(?:\\.\\d+)?)分");
    private static final Pattern GRADE = Pattern.compile("(?:绩效)?评级为[“\"]?(优|良|中|合格|差|不合格)[”\"]?的项目(\\d+)个");

    public SelfEvaluationConsistent() {
        super("R-ACC-13", Severity.ERROR,
                "绩效自评：项目评级与得分相符（优≥90、良80–90、中（合格）60–80、差（不合格）<60）；各评级项目数之和＝自评项目数；平均得分在各评级允许的范围内",
                "说明「…绩效自评的2024年度项目3个…平均得分95.00分（其中，绩效评级为“优”的项目1个；…“良”的项目2个…）」平均得分 95.00 超出这些评级可能的最高分 89.99");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.accounts().ifPresent(accounts -> {
            for (SelfEvaluation evaluation : accounts.evaluations()) {
                if (evaluation.score() != null && evaluation.grade() != null && !fits(evaluation.grade(), evaluation.score())) {
                    findings.add(finding("绩效自评·" + evaluation.subject(), "自评得分 " + evaluation.score().toPlainString()
                            + " 分，评级应为“" + gradeOf(evaluation.score()) + "”，实为“" + evaluation.grade() + "”"));
                }
            }
        });
        for (Sentences.Sentence sentence : Sentences.toFullStops(disclosure)) {
            Matcher evaluated = EVALUATED.matcher(sentence.text());
            Matcher average = AVERAGE.matcher(sentence.text());
            if (!evaluated.find() || !average.find()) {
                continue;
            }
            int projects = Integer.parseInt(evaluated.group(1));
            int[] counts = new int[4];
            int graded = 0;
            Matcher grade = GRADE.matcher(sentence.text());
            while (grade.find()) {
                counts[band(grade.group(1))] += Integer.parseInt(grade.group(2));
                graded++;
            }
            if (graded == 0 || projects == 0) {
                continue;
            }
            int sum = counts[0] + counts[1] + counts[2] + counts[3];
            if (sum != projects) {
                findings.add(finding(sentence.where(), "各评级项目数之和为 " + sum + " 个，但绩效自评项目为 " + projects + " 个"));
                continue;
            }
            BigDecimal stated = new BigDecimal(average.group(1));
            BigDecimal low = bound(counts, new int[] {9000, 8000, 6000, 0}, projects);
            BigDecimal high = bound(counts, new int[] {10000, 8999, 7999, 5999}, projects);
            if (stated.compareTo(low) < 0 || stated.compareTo(high) > 0) {
                findings.add(finding(sentence.where(), "平均得分 " + stated.toPlainString() + " 分不在这些评级可能的范围 "
                        + low.toPlainString() + "–" + high.toPlainString() + " 分之内"));
            }
        }
        return findings;
    }

    /** The average of the grades' bounds (in hundredths of a point) weighted by their counts. */
    private static BigDecimal bound(int[] counts, int[] hundredths, int projects) {
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            total += (long) counts[i] * hundredths[i];
        }
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(100L * projects), 2, RoundingMode.HALF_UP);
    }

    private static int band(String grade) {
        return switch (grade) {
            case "优" -> 0;
            case "良" -> 1;
            case "中", "合格" -> 2;
            default -> 3;
        };
    }

    private static boolean fits(String grade, BigDecimal score) {
        return band(grade.strip()) == band(gradeOf(score));
    }

    private static String gradeOf(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优";
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "良";
        }
        return score.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
    }
}
