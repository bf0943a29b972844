package org.gongkai.server.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.rules.Finding;
import org.gongkai.io.template.TemplateLabels;

/**
 * Why several rules fire at once on a budget edited in the forms. The nine tables are generated from the model, so
 * their sums always add up; what can disagree is the model's own parts — the incomes of a source against the lines
 * paid from it, the 基本支出 by economic class against the 基本支出 lines. One wrong line breaks such an equation,
 * and 收支平衡 in two tables, the cross-table check and the explanation's figure all report it. Each broken equation
 * is one root cause, linked to the form rows that hold its two sides; a finding is its consequence when it sets the
 * equation's two sums (or the totals they make) against each other. A finding about other figures stays on its own.
 */
final class RootCauses {

    /** A form row (or part) that may hold the wrong value. */
    record Fix(String href, String label) {
    }

    /** One broken equation, where to fix it, and the findings it causes. */
    record Root(String what, List<Fix> fixes, List<FindingLinks.Linked> consequences) {
    }

    /** Two sums the model must keep equal, their form rows, and the figure pairs a consequence quotes. */
    private record Equation(String what, BigDecimal left, BigDecimal right, List<Fix> fixes, List<Set<BigDecimal>> pairs) {

        BigDecimal difference() {
            return left.subtract(right);
        }
    }

    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d{2,6}");

    private RootCauses() {
    }

    static List<Root> of(DepartmentBudget model, List<Finding> findings) {
        List<Equation> broken = merged(equations(model).stream().filter(e -> e.difference().signum() != 0).toList());
        List<Root> roots = new ArrayList<>();
        for (Equation equation : broken) {
            List<FindingLinks.Linked> consequences = new ArrayList<>();
            for (Finding finding : findings) {
                if (roots.stream().noneMatch(r -> r.consequences().stream().anyMatch(l -> l.finding() == finding))
                        && quotesAPair(finding, equation.pairs())) {
                    consequences.add(new FindingLinks.Linked(finding, equation.fixes().get(0).href(), "去修改"));
                }
            }
            if (!consequences.isEmpty()) {
                roots.add(new Root(equation.what(), equation.fixes(), consequences));
            }
        }
        return roots;
    }

    private static List<Equation> equations(DepartmentBudget model) {
        List<Equation> equations = new ArrayList<>();
        BigDecimal incomeTotal = model.figures().incomeTotal();
        BigDecimal expenditureTotal = model.figures().expenditureTotal();
        BigDecimal fiscalIncome = incomes(model, i -> i.source().isFiscalAppropriation());
        BigDecimal fiscalLines = lines(model, l -> l.source().isFiscalAppropriation());
        for (FundingSource source : FundingSource.values()) {
            BigDecimal income = incomes(model, i -> i.source() == source);
            BigDecimal spent = lines(model, l -> l.source() == source);
            if (income.signum() == 0 && spent.signum() == 0) {
                continue;
            }
            String name = TemplateLabels.SOURCES.get(source);
            List<Fix> fixes = new ArrayList<>();
            for (int i = 0; i < model.incomes().size(); i++) {
                Income row = model.incomes().get(i);
                if (row.source() == source) {
                    fixes.add(new Fix("#incomes-row-" + (i + 1), "收入第 " + (i + 1) + " 行（" + name + " " + plain(row.amount()) + "）"));
                }
            }
            fixes.add(new Fix("#lines", "支出表中资金来源为“" + name + "”的行（合计 " + plain(spent) + "）"));
            equations.add(new Equation("收入“" + name + "”" + plain(income) + " 万元，但资金来源为“" + name + "”的支出合计 " + plain(spent)
                    + " 万元（相差 " + plain(income.subtract(spent).abs()) + " 万元）", income, spent, fixes,
                    List.of(pair(income, spent), pair(incomeTotal, expenditureTotal), pair(fiscalIncome, fiscalLines))));
        }
        Predicate<ExpenditureLine> basicGeneral = l -> l.kind() == ExpenditureKind.BASIC && l.source() == FundingSource.GENERAL_PUBLIC_BUDGET;
        BigDecimal economic = Money.sum(model.basicEconomic(), BasicEconomicLine::amount);
        BigDecimal basic = lines(model, basicGeneral);
        if (!model.basicEconomic().isEmpty()) {
            equations.add(new Equation("基本支出（按经济分类）合计 " + plain(economic) + " 万元，但一般公共预算基本支出的支出行合计 " + plain(basic)
                    + " 万元（相差 " + plain(economic.subtract(basic).abs()) + " 万元）", economic, basic,
                    List.of(new Fix("#basic", "基本支出（按经济分类）表（合计 " + plain(economic) + "）"),
                            new Fix("#lines", "支出表中一般公共预算的基本支出行（合计 " + plain(basic) + "）")),
                    List.of(pair(economic, basic))));
        }
        return equations;
    }

    /**
     * Two broken equations that share the 支出 lines and are off by the same amount have one cause: a wrong 支出 line
     * (the incomes and the 基本支出 by economic class both still agree with each other's old total).
     */
    private static List<Equation> merged(List<Equation> broken) {
        List<Equation> result = new ArrayList<>(broken);
        for (Equation income : broken) {
            for (Equation economic : broken) {
                if (income != economic && income.what().startsWith("收入") && economic.what().startsWith("基本支出")
                        && income.difference().compareTo(economic.difference()) == 0) {
                    List<Set<BigDecimal>> pairs = new ArrayList<>(income.pairs());
                    pairs.addAll(economic.pairs());
                    result.remove(income);
                    result.remove(economic);
                    result.add(0, new Equation("支出表中一般公共预算的基本支出行合计 " + plain(economic.right()) + " 万元，比收入和按经济分类的基本支出都"
                            + (income.difference().signum() < 0 ? "多 " : "少 ") + plain(income.difference().abs()) + " 万元：错的多半是一条支出行",
                            income.left(), income.right(), List.of(economic.fixes().get(1), income.fixes().get(0)), pairs));
                    return result;
                }
            }
        }
        return result;
    }

    private static boolean quotesAPair(Finding finding, List<Set<BigDecimal>> pairs) {
        Set<BigDecimal> figures = new TreeSet<>();
        Matcher m = FIGURE.matcher(finding.message());
        while (m.find()) {
            figures.add(new BigDecimal(m.group()).stripTrailingZeros());
        }
        return pairs.stream().anyMatch(p -> p.size() == 2 && figures.containsAll(p));
    }

    private static Set<BigDecimal> pair(BigDecimal a, BigDecimal b) {
        return new TreeSet<>(List.of(a.stripTrailingZeros(), b.stripTrailingZeros()));
    }

    private static BigDecimal incomes(DepartmentBudget model, Predicate<Income> which) {
        return Money.sum(model.incomes().stream().filter(which).toList(), Income::amount);
    }

    private static BigDecimal lines(DepartmentBudget model, Predicate<ExpenditureLine> which) {
        return Money.sum(model.expenditures().stream().filter(which).toList(), ExpenditureLine::amount);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
