package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How 预算安排总体情况 names its figures, shared by the rules that check them and the importer that reads them from
 * documents without tables.
 */
public final class StatedBudgetFigures {

    /** A figure's label: what the words before the amount must end with, and words that rule it out. */
    public record Label(Pattern label, Pattern exclude) {

        static Label of(String label, String exclude) {
            return new Label(Pattern.compile(label), exclude == null ? null : Pattern.compile(exclude));
        }

        public boolean names(Mention mention) {
            return names(mention.plainLabel());
        }

        /** Whether a plain label (folded, its numbering removed: a table row's 「人员经费和公用经费支出」) names the subject. */
        public boolean names(String plainLabel) {
            return label.matcher(plainLabel).find() && (exclude == null || !exclude.matcher(plainLabel).find())
                    && !StatedFigures.CHANGE.matcher(plainLabel).find();
        }

        /** The first amount in 万元 this label names, among the mentions. */
        public Optional<BigDecimal> first(List<Mention> mentions) {
            return mentions.stream().filter(m -> m.isWanYuan() && names(m)).map(Mention::amount).findFirst();
        }
    }

    /** The subjects' wordings (layout/statement-subjects.tsv): key → label and exclude. */
    private static final java.util.Map<String, Label> SUBJECTS = load();

    public static final Label INCOME_TOTAL = subject("incomeTotal");
    public static final Label APPROPRIATION_INCOME = subject("appropriationIncome");
    public static final Label EXPENDITURE_TOTAL = subject("expenditureTotal");
    public static final Label BASIC = subject("basic");
    /** The basic spending of appropriations only, which 江苏 texts split into 人员经费 and 公用经费. */
    public static final Label APPROPRIATION_BASIC = subject("appropriationBasic");
    public static final Label PERSONNEL = subject("personnel");
    public static final Label PUBLIC_FUNDS = subject("publicFunds");
    public static final Label PROJECT = subject("project");
    /** 江苏's third kind of spending beside 基本 and 项目. */
    public static final Label RESERVE = subject("reserve");
    public static final Label OPERATING_COST = subject("operatingCost");
    public static final Label PROCUREMENT_TOTAL = subject("procurementTotal");
    public static final Label FIXED_ASSETS = subject("fixedAssets");
    public static final Label PLANNED_PURCHASES = subject("plannedPurchases");

    private StatedBudgetFigures() {
    }

    private static java.util.Map<String, Label> load() {
        java.util.Map<String, Label> subjects = new java.util.LinkedHashMap<>();
        for (String[] row : org.gongkai.core.layout.Layouts.rows("statement-subjects.tsv", 4)) {
            subjects.put(row[0], Label.of(row[2], row[3].isEmpty() ? null : row[3]));
        }
        return subjects;
    }

    private static Label subject(String key) {
        Label label = SUBJECTS.get(key);
        if (label == null) {
            throw new IllegalStateException("statement-subjects.tsv 缺少主题 " + key);
        }
        return label;
    }
}
