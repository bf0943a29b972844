package org.gongkai.server.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One published department-year as the search sees it: what can be found in it and where each thing is. */
public record SearchDocument(String departmentCode, String departmentName, String regionCode, int year, String path,
        List<Item> items) {

    public SearchDocument {
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");
        items = List.copyOf(items);
    }

    /**
     * One findable thing.
     *
     * @param kind "部门", "项目", "三公" (a part of the “三公”经费, found by its name or any other name the layouts give it)
     *             or "科目"
     * @param code the function or economic code (digits) of a 科目 row, else null; a 科目 row is found by text
     *             through its name, the text after this code, and only when it has a code (as the portal did)
     * @param text what is shown (for a 科目 row "code name")
     * @param where the table title, or "部门预算" / "项目绩效目标表"
     * @param link the page path and anchor
     * @param amount what it amounts to in 万元, shown beside it; null when none is stated
     * @param terms other names it is found by (the official labels of the same line in other tables and regions)
     */
    public record Item(String kind, String code, String text, String where, String link, BigDecimal amount, List<String> terms) {

        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            terms = terms == null ? List.of() : List.copyOf(terms);
        }

        public Item(String kind, String code, String text, String where, String link) {
            this(kind, code, text, where, link, null, List.of());
        }
    }
}
