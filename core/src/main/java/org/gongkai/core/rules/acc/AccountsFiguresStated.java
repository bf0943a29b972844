package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.TableRow;

/**
 * The figures the explanation states are the tables': 本年收入合计, 本年支出合计, 基本支出, 项目支出, 人员经费 and 公用经费,
 * wherever a sentence states them (rounded as the text prints them).
 */
public final class AccountsFiguresStated extends AccountsRule {

    /** A figure: the words that state it and where the tables give it. */
    private record Figure(String words, String name, Function<Disclosure, Optional<BigDecimal>> inTables) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("本年收入合计", "本年收入合计", d -> summary(d, 0, 1, "本年收入合计")),
            new Figure("本年支出合计", "本年支出合计", d -> summary(d, 2, 3, "本年支出合计")),
            new Figure("(?<!财政拨款)(?<!一般公共预算财政拨款)基本支出", "基本支出", d -> expenditureTotal(d, "basic")),
            new Figure("(?<!财政拨款)项目支出", "项目支出", d -> expenditureTotal(d, "project")),
            new Figure("人员经费", "人员经费合计", d -> basicHalf(d, "人员经费")),
            new Figure("公用经费", "公用经费合计", d -> basicHalf(d, "公用经费")));

    public AccountsFiguresStated() {
        super("R-ACC-15", Severity.ERROR,
                "说明中所述本年收入合计、本年支出合计、基本支出、项目支出、人员经费、公用经费与决算表一致",
                "说明「本年支出合计307.82万元，其中：基本支出105.58万元…」基本支出为 105.58 万元，但表3《支出决算表》为 105.68 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (Figure figure : FIGURES) {
            Optional<BigDecimal> inTables = figure.inTables().apply(disclosure);
            if (inTables.isEmpty()) {
                continue;
            }
            for (Sentences.Sentence sentence : Sentences.of(disclosure)) {
                Optional<BigDecimal> stated = Sentences.amountAfter(sentence.text(), figure.words());
                if (stated.isPresent() && !sameAsStated(inTables.get(), stated.get())) {
                    findings.add(finding(sentence.where(), figure.name() + "为 " + money(stated.get()) + " 万元，但决算表为 "
                            + money(inTables.get()) + " 万元"));
                }
            }
        }
        return findings;
    }

    private static Optional<BigDecimal> summary(Disclosure d, int labelColumn, int amountColumn, String label) {
        return d.table(StandardTable.ACCOUNTS_SUMMARY).filter(t -> t.columns().size() >= 4)
                .flatMap(t -> TwoSides.of(t, labelColumn, label)).map(side -> side.total().amount(amountColumn));
    }

    private static Optional<BigDecimal> expenditureTotal(Disclosure d, String key) {
        return d.table(StandardTable.ACCOUNTS_EXPENDITURE).flatMap(t -> {
            Optional<TableRow> total = TableQueries.totalRow(t);
            Optional<Integer> column = AccountsColumns.index(t, key);
            return total.isPresent() && column.isPresent() ? Optional.of(total.get().amount(column.get())) : Optional.empty();
        });
    }

    private static Optional<BigDecimal> basicHalf(Disclosure d, String label) {
        return d.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC).flatMap(BasicHalves::of).flatMap(h -> h.total(label))
                .map(BasicHalves.Line::amount);
    }
}
