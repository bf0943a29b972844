package org.gongkai.core.rules.cat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/** R-CAT-04: a 项 row is listed under its 款 row and a 款 row under its 类 row, in the same table. */
public final class ItemUnderItsSection extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public ItemUnderItsSection() {
        super("R-CAT-04", Severity.ERROR, "项级科目列在其款级科目之下、款级列在其类级之下（表中有对应上级科目行）",
                "2012602 列示在表中，但其上级科目 20126 未列示");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<CodedRows> rows = CodedRows.of(disclosure);
        Map<StandardTable, Set<String>> codesByTable = rows.stream().collect(Collectors.groupingBy(r -> r.table().kind(),
                Collectors.mapping(CodedRows::code, Collectors.toSet())));
        return rows.stream().filter(r -> r.wellFormed() && r.code().length() > 3)
                .filter(r -> !codesByTable.get(r.table().kind()).contains(r.code().substring(0, r.code().length() - 2)))
                .map(r -> finding(Locations.row(r.table(), r.row()), r.code() + " 列示在表中，但其上级科目 "
                        + r.code().substring(0, r.code().length() - 2) + " 未列示"))
                .toList();
    }
}
