package org.gongkai.core.rules.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** In the code-keyed tables, every row of a given code length equals the sum of its listed children. */
abstract class ParentRowsAddUp extends BaseRule {

    private final int parentLength;
    private final String childLevel;

    ParentRowsAddUp(String id, String description, String example, int parentLength, String childLevel) {
        super(id, Severity.ERROR, description, example);
        this.parentLength = parentLength;
        this.childLevel = childLevel;
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (StandardTable kind : TableQueries.CODE_KEYED) {
            disclosure.table(kind).ifPresent(table -> check(table, findings));
        }
        return findings;
    }

    private void check(StatementTable table, List<Finding> findings) {
        Map<String, TableRow> parents = new LinkedHashMap<>();
        Map<String, List<TableRow>> children = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            TableQueries.code(row).ifPresent(code -> {
                if (code.length() == parentLength) {
                    parents.put(code, row);
                } else if (code.length() == parentLength + 2) {
                    children.computeIfAbsent(code.substring(0, parentLength), p -> new ArrayList<>()).add(row);
                }
            });
        }
        parents.forEach((code, parent) -> {
            List<TableRow> listed = children.getOrDefault(code, List.of());
            for (int c = 2; !listed.isEmpty() && c < table.columns().size(); c++) {
                BigDecimal sum = TableQueries.sum(table, listed, c);
                if (!same(parent.amount(c), sum)) {
                    findings.add(finding(Locations.cell(table, parent, c), code + " 为 " + money(parent.amount(c))
                            + "，但其下各" + childLevel + "之和为 " + money(sum)
                            + "（相差 " + money(parent.amount(c).subtract(sum).abs()) + "）"));
                }
            }
        });
    }
}
