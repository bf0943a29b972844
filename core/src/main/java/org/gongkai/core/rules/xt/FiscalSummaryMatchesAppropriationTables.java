package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * R-XT-04: each appropriation column of 财政拨款收支总表 equals its own table, class by class: 一般公共预算 =
 * 表5, 政府性基金 = 表7, 国有资本经营 = 表8.
 */
public final class FiscalSummaryMatchesAppropriationTables extends BaseRule {

    private static final Map<String, StandardTable> COLUMNS = Map.of(
            "一般公共预算财政拨款", StandardTable.GENERAL_PUBLIC_EXPENDITURE,
            "政府性基金预算财政拨款", StandardTable.GOVERNMENT_FUND_EXPENDITURE,
            "国有资本经营预算财政拨款", StandardTable.STATE_CAPITAL_EXPENDITURE);

    public FiscalSummaryMatchesAppropriationTables() {
        super("R-XT-04", Severity.ERROR, "财政拨款收支总表各财政拨款列（逐类及本年支出合计）= 表5、表7、表8 对应数",
                "财政拨款收支总表“一般公共服务支出”一般公共预算财政拨款为 8309.97，但表5 201 合计为 8300.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.FISCAL_SUMMARY).ifPresent(fiscal -> COLUMNS.forEach((column, kind) ->
                disclosure.table(kind).ifPresent(table -> compare(fiscal, column, table, findings))));
        return findings;
    }

    private void compare(StatementTable fiscal, String column, StatementTable table, List<Finding> findings) {
        int c = fiscal.columnIndex(column);
        Map<String, TableRow> classes = TableComparison.classesByName(table);
        for (TableRow row : fiscal.rows()) {
            String label = TableQueries.plain(row.cell(2).display());
            Optional<BigDecimal> other = label.equals("本年支出合计")
                    ? Optional.of(TableComparison.totalOf(table, "合计"))
                    : Optional.ofNullable(classes.get(label)).map(r -> TableQueries.amount(table, r, "合计"))
                            .or(() -> row.amount(c).signum() != 0 && !label.contains("结转") && !label.endsWith("总计")
                                    ? Optional.of(BigDecimal.ZERO) : Optional.empty());
            if (other.isPresent() && !same(row.amount(c), other.get())) {
                findings.add(finding(Locations.cell(fiscal, row, c), "“" + label + "”" + column + "为 " + money(row.amount(c))
                        + "，但表" + table.kind().number() + "对应合计为 " + money(other.get())));
            }
        }
    }
}
