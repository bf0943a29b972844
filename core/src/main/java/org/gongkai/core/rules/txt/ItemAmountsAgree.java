package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;
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
 * R-TXT-23: an item of the explanation's 「财政拨款支出主要内容」 — 「“…（类）…（款）…（项）”2.63万元 … 2023年预算安排2.63万元」 —
 * states one amount: its opening figure, the same paragraph's 预算安排 of the budget year, and the 项's row of the
 * 一般公共预算 table agree (the text may round the table's 元 to its printed decimals).
 */
public final class ItemAmountsAgree extends BaseRule {

    private static final String AMOUNT = ChangePercentStated.AMOUNT;
    private static final Pattern ITEM = Pattern.compile("(?:[\"“]?([^\"“”()（）]{2,30})\\(类\\))?([^\"“”()（）]{1,40})\\(款\\)"
            + "([^\"“”()（）]{1,40})\\(项\\)[\"”]?\\s*(?:支出)?\\s*" + AMOUNT);
    private static final Pattern ARRANGED = Pattern.compile("(\\d{4})\\s*年(?:度)?预算安排\\s*" + AMOUNT);

    public ItemAmountsAgree() {
        super("R-TXT-23", Severity.ERROR, "说明中逐项列示的支出：开头金额、同段“预算安排”金额与一般公共预算支出表该项一致",
                "“机关事业单位职业年金缴费支出（项）”220.63万元，但同段写“2023年预算安排441.25万元”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        Optional<StatementTable> table = disclosure.table(StandardTable.GENERAL_PUBLIC_EXPENDITURE);
        disclosure.model().narrative().forEach((section, text) -> {
            for (String paragraph : text.split("\\R")) {
                String folded = Sentences.figuresJoined(paragraph);
                Matcher item = ITEM.matcher(folded);
                if (!item.find()) {
                    continue;
                }
                BigDecimal stated = number(item.group(4));
                String where = Locations.sentence(section, Sentences.split(paragraph).get(0));
                String what = "“" + item.group(3).strip() + "（项）”";
                Matcher arranged = ARRANGED.matcher(folded.substring(item.end()));
                if (arranged.find() && Integer.parseInt(arranged.group(1)) == disclosure.model().year()
                        && number(arranged.group(2)).compareTo(stated) != 0) {
                    findings.add(finding(where, what + "开头为 " + item.group(4) + " 万元，但同段写“" + arranged.group(1) + "年预算安排"
                            + arranged.group(2) + "万元”"));
                    continue;
                }
                table.flatMap(t -> row(t, item.group(2).strip(), item.group(3).strip()).map(r -> TableQueries.amountIfPrinted(t, r, "合计")))
                        .filter(amount -> !agrees(amount, stated))
                        .ifPresent(amount -> findings.add(finding(where, what + "说明为 " + item.group(4) + " 万元，但一般公共预算支出表该项为 "
                                + amount.stripTrailingZeros().toPlainString() + " 万元")));
            }
        });
        return findings;
    }

    /** The 项 row named so under the 款 named so (exactly one, or none is judged). */
    private static Optional<TableRow> row(StatementTable table, String section, String item) {
        Map<String, TableRow> byCode = new java.util.LinkedHashMap<>();
        TableQueries.codeRows(table).forEach(r -> TableQueries.code(r).ifPresent(c -> byCode.putIfAbsent(c, r)));
        List<TableRow> matches = byCode.entrySet().stream()
                .filter(e -> e.getKey().length() == 7 && TableQueries.plain(e.getValue().cell(1).display()).equals(TableQueries.plain(item)))
                .filter(e -> Optional.ofNullable(byCode.get(e.getKey().substring(0, 5)))
                        .map(parent -> TableQueries.plain(parent.cell(1).display()).equals(TableQueries.plain(section))).orElse(false))
                .map(Map.Entry::getValue).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The stated figure is the table's rounded or truncated to the decimals it prints. */
    private static boolean agrees(BigDecimal table, BigDecimal stated) {
        int decimals = Math.max(0, stated.scale());
        return table.setScale(decimals, RoundingMode.HALF_UP).compareTo(stated) == 0
                || table.setScale(decimals, RoundingMode.DOWN).compareTo(stated) == 0;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }
}
