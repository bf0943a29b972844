package org.gongkai.core.rules.cat;

import java.math.BigDecimal;
import java.util.List;
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
 * R-CAT-09: 行政运行 is the 项 of a department's basic running costs by definition. A 支出总表 whose 行政运行 row carries the
 * whole of the table's 项目支出 while other items are listed has put the projects under the wrong 科目 — or shifted the
 * 基本支出 and 项目支出 columns of that row.
 */
public final class AdministrationRowCarriesNoProjects extends BaseRule {

    private static final String PROJECT = "项目支出";

    public AdministrationRowCarriesNoProjects() {
        super("R-CAT-09", Severity.WARNING, "支出总表中“行政运行”为基本支出科目，不应列支全部项目支出（表中还有其他项级科目时）",
                "表3《部门支出总表》 第4行（2010101 行政运行） 项目支出 120.00 等于全表项目支出合计，行政运行应为基本支出");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.table(StandardTable.EXPENDITURE).filter(t -> TableQueries.hasColumn(t, PROJECT))
                .map(this::check).orElse(List.of());
    }

    private List<Finding> check(StatementTable table) {
        BigDecimal projects = TableQueries.totalRow(table).map(r -> TableQueries.amount(table, r, PROJECT)).orElse(BigDecimal.ZERO);
        List<TableRow> items = TableQueries.codeRows(table).stream().filter(r -> TableQueries.code(r).orElseThrow().length() == 7).toList();
        if (projects.signum() <= 0 || items.size() < 2) {
            return List.of();
        }
        return items.stream().filter(r -> TableQueries.plain(r.cell(1).display()).equals("行政运行"))
                .filter(r -> TableQueries.amount(table, r, PROJECT).compareTo(projects) == 0)
                .map(r -> finding(Locations.cell(table, r, table.columnIndex(PROJECT)), "行政运行的项目支出 " + money(projects)
                        + " 等于全表项目支出合计，而表中另有 " + (items.size() - 1) + " 个项级科目：行政运行应为基本支出，项目支出应列在其所属科目"))
                .toList();
    }
}
