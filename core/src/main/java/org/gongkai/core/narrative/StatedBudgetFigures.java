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
            String text = mention.plainLabel();
            return label.matcher(text).find() && (exclude == null || !exclude.matcher(text).find())
                    && !StatedFigures.CHANGE.matcher(text).find();
        }

        /** The first amount in 万元 this label names, among the mentions. */
        public Optional<BigDecimal> first(List<Mention> mentions) {
            return mentions.stream().filter(m -> m.isWanYuan() && names(m)).map(Mention::amount).findFirst();
        }
    }

    public static final Label INCOME_TOTAL = Label.of("((预算|全部|总|部门|本年)收入(总额|总计|合计)?|收入(预算)?(总额|总计|合计)|收入、支出预算(总额|总计|合计))(为|是|共计)?$",
            "(拨款|财政|事业|经营|其他|上级|附属|专户|基金|一般公共|国有资本)");
    public static final Label APPROPRIATION_INCOME = Label.of("(一般公共预算(财政)?拨款|财政拨款)收入(总额|合计)?(为|是|共计)?$", null);
    public static final Label EXPENDITURE_TOTAL = Label.of("((部门|预算|全部|总)\\S*支出(预算)?(总额|总计|合计)?|支出(预算)?(总额|总计|合计)|收入、支出预算(总额|总计|合计))(为|是|共计|安排)?$",
            "(基本|项目|人员|公用|三公|运行|接待|出国|购置|经营|上缴|附属|采购|日常|工资|商品|补助|基金|一般公共|国有资本|拨款)");
    public static final Label BASIC = Label.of("基本支出(预算)?(数)?(为|是|共计|合计)?$", "(财政拨款|一般公共预算|拨款)");
    /** The basic spending of appropriations only, which 江苏 texts split into 人员经费 and 公用经费. */
    public static final Label APPROPRIATION_BASIC = Label.of("(财政拨款|一般公共预算(财政)?(拨款)?)基本支出(预算)?(数)?(为|是|共计|合计)?$", null);
    public static final Label PERSONNEL = Label.of("人员(经费|支出)(为|是|共计|合计)?$", null);
    public static final Label PUBLIC_FUNDS = Label.of("公用(经费|支出)(为|是|共计|合计)?$", null);
    public static final Label PROJECT = Label.of("项目支出(为|是|共计|合计)?$", null);
    /** 江苏's third kind of spending beside 基本 and 项目. */
    public static final Label RESERVE = Label.of("预留机动经费(为|是|共计|合计)?$", null);
    public static final Label OPERATING_COST = Label.of("运行(经)?费", "(三公|公务用车|车辆)");
    public static final Label PROCUREMENT_TOTAL = Label.of("采购(预算)?(安排)?(资金|金额)?(总额|合计)?(为|是|共计)?$", null);
    public static final Label FIXED_ASSETS = Label.of("固定资产(金额|总额|原值)?(合计)?(为|是|共计)?$", "(拟|购置|其他)");
    public static final Label PLANNED_PURCHASES = Label.of("拟购置(固定)?资产(金额|总额)?(为|是|共计)?$", null);

    private StatedBudgetFigures() {
    }
}
