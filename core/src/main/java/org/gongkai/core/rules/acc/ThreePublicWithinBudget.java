package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.TableRow;

/**
 * "三公" spending stays within its budget: where a part's 决算数 exceeds its 预算数 in the 决算 table, the explanation
 * must say why (a sentence naming the part and its reason).
 */
public final class ThreePublicWithinBudget extends AccountsRule {

    /** Each part's printed name, with the layout keys of its budget and actual columns. */
    private static final List<String[]> PARTS = List.of(
            new String[] {"因公出国（境）费", "budgetAbroad", "actualAbroad"},
            new String[] {"公务用车购置费", "budgetVehiclePurchase", "actualVehiclePurchase"},
            new String[] {"公务用车运行维护费", "budgetVehicleOperation", "actualVehicleOperation"},
            new String[] {"公务接待费", "budgetReception", "actualReception"});

    public ThreePublicWithinBudget() {
        super("R-ACC-10", Severity.WARNING,
                "“三公”经费各项决算数不超过预算数；超过的，说明中应写明原因",
                "表9《财政拨款“三公”经费支出决算表》 公务接待费决算数 3.20 万元超过预算数 3.00 万元，说明中未见原因");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        List<Sentences.Sentence> sentences = Sentences.of(disclosure);
        disclosure.table(StandardTable.ACCOUNTS_THREE_PUBLIC).ifPresent(table -> {
            for (TableRow row : table.rows()) {
                for (String[] part : PARTS) {
                    String name = part[0];
                    var budget = AccountsColumns.index(table, part[1]);
                    var actual = AccountsColumns.index(table, part[2]);
                    if (budget.isEmpty() || actual.isEmpty()) {
                        continue;
                    }
                    BigDecimal planned = row.amount(budget.get());
                    BigDecimal spent = row.amount(actual.get());
                    String word = name.replace("（境）", "");
                    boolean explained = sentences.stream().anyMatch(s -> s.text().replace("（境）", "").contains(word)
                            && s.text().contains("原因"));
                    if (spent.compareTo(planned) > 0 && !explained) {
                        findings.add(finding(Locations.cell(table, row, actual.get()), name + "决算数 " + money(spent)
                                + " 万元超过预算数 " + money(planned) + " 万元，说明中未见原因"));
                    }
                }
            }
        });
        return findings;
    }
}
