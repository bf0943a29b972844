package org.gongkai.core.narrative;

import java.util.regex.Pattern;

/**
 * The marks drafted text leaves where only the department can write (the reason for a "三公" change):
 * R-REQ-05 refuses a package that still contains one.
 */
public final class Placeholders {

    public static final String OPEN = "【待填写：";
    /**
     * Drafts' own marks and the official templates' leftovers: 「XX」「××」 for a name or figure, the template's
     * 「增加（减少）」「增长（下降）」 where one word should have been kept, and its bracketed instructions.
     */
    public static final Pattern ANY = Pattern.compile("【待填写[:：]|（请填写|\\(请填写|XX万元|××|(?<![A-Za-z])(XX|ＸＸ|xx)(?![A-Za-z])"
            + "|(增加|增长|上升)[（(](减少|下降|降低)[）)]"
            // the templates' instructions to whoever fills them in: 「（按“部门预算公开06表…”中…填写）」
            // 「（列示至基层预算单位）」「（增加内容）」「“科目编码”和“科目名称”为必填项」
            + "|[（(][^（()）。]{0,60}(填写|填列)[）)]|[（(]列示至[^（()）]{1,20}[）)]|[（(](增加|补充|填写)内容[）)]|为必填项");

    private Placeholders() {
    }

    public static String of(String what) {
        return OPEN + what + "】";
    }
}
