package org.gongkai.core.narrative;

import java.util.regex.Pattern;

/**
 * The marks drafted text leaves where only the department can write (the reason for a "三公" change):
 * R-REQ-05 refuses a package that still contains one.
 */
public final class Placeholders {

    public static final String OPEN = "【待填写：";
    public static final Pattern ANY = Pattern.compile("【待填写[:：]|（请填写|\\(请填写|XX万元|××");

    private Placeholders() {
    }

    public static String of(String what) {
        return OPEN + what + "】";
    }
}
