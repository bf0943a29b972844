package org.gongkai.server.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;

/**
 * The words the 决算 forms head their columns and rows with, read from the tables' layout data (columns.tsv,
 * three-public-rows.tsv) so that a form says exactly what the published 决算 tables print.
 */
public record AccountsLabels(String initial, String adjusted, String actual, String opening, String closing, String budget,
                             Map<String, String> threePublic) {

    /** The “三公” items the forms take, in printed order: the rows of the national table that carry amounts. */
    static final java.util.List<String> THREE_PUBLIC_ITEMS = java.util.List.of("abroadTeaching", "abroadOther", "vehiclePurchase",
            "vehicleOperation", "reception");

    static AccountsLabels builtIn() {
        Layouts layouts = Layouts.builtIn();
        TableLayout execution = layouts.table("ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE");
        TableLayout fund = layouts.table("ACCOUNTS_GOVERNMENT_FUND");
        TableLayout threePublic = layouts.table("ACCOUNTS_THREE_PUBLIC");
        Map<String, String> items = new LinkedHashMap<>();
        // 「其中：」 belongs to the printed table's indentation, not to the item's name.
        THREE_PUBLIC_ITEMS.forEach(key -> items.put(key, layouts.threePublicLabel(key).replaceFirst("^其中：", "")
                .replaceFirst("^[一二三四五六七八九十]+、", "")));
        return new AccountsLabels(execution.labels("initial")[0], execution.labels("adjusted")[0],
                layouts.table("ACCOUNTS_GENERAL_PUBLIC_BASIC").labels("amount")[0], fund.labels("opening")[0], fund.labels("closing")[0],
                threePublic.labels("budget")[0], java.util.Collections.unmodifiableMap(items));
    }
}
