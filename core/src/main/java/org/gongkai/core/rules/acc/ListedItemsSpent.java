package org.gongkai.core.rules.acc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;

/**
 * What the text says 人员经费 or 公用经费 「主要包括」 was spent: an economic 款 it lists is not printed as 0 in the
 * 基本支出决算表.
 */
public final class ListedItemsSpent extends AccountsRule {

    private static final Pattern LIST = Pattern.compile("(人员经费|公用经费)[^。；]*?主要包括[：:]([^；。]*)");

    public ListedItemsSpent() {
        super("R-ACC-16", Severity.WARNING,
                "说明中人员经费、公用经费“主要包括”所列的经济分类款，在基本支出决算表中不为0",
                "说明「…公用经费10.23万元，主要包括：办公费、邮电费…」列有“邮电费”，但表6中 30207 邮电费为 0.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        var basic = disclosure.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC).flatMap(BasicHalves::of);
        if (basic.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.of(disclosure)) {
            Matcher list = LIST.matcher(sentence.text());
            while (list.find()) {
                for (String item : list.group(2).split("[、，,]")) {
                    String name = TableQueries.plain(item.replaceAll("[等及]$", ""));
                    basic.get().halves().stream().flatMap(h -> h.lines().stream())
                            .filter(l -> l.code().map(c -> c.length() == 5).orElse(false) && l.name().equals(name))
                            .filter(l -> l.amount().signum() == 0).findFirst()
                            .ifPresent(l -> findings.add(finding(sentence.where(), list.group(1) + "主要包括中列有“" + name
                                    + "”，但" + org.gongkai.core.rules.Locations.table(basic.get().table()) + "中 "
                                    + l.code().orElseThrow() + " " + name + "为 0.00")));
                }
            }
        }
        return findings;
    }
}
