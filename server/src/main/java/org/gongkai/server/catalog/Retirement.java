package org.gongkai.server.catalog;

/**
 * How many codes in force a loaded catalog would retire (停用), against how many are in force. Retiring many is most
 * likely a wrong or partial file (a 20-row extract against a list of 1,600), so above {@link #MOST} codes or
 * {@link #SHARE_PERCENT}% of those in force the administrator must type the count before it applies.
 */
public record Retirement(int retired, int inForce) {

    static final int MOST = 100;
    static final int SHARE_PERCENT = 10;

    public Retirement {
        if (retired < 0 || inForce < 0 || retired > inForce) {
            throw new IllegalArgumentException("停用数 " + retired + " 与现行数 " + inForce + " 不合");
        }
    }

    /** Whether applying needs the count typed as a second confirmation. */
    public boolean needsTypedCount() {
        return retired > MOST || (long) retired * 100 > (long) inForce * SHARE_PERCENT;
    }

    /** The share of the codes in force retired, in whole percent rounded down (「98%」). */
    public int sharePercent() {
        return inForce == 0 ? 0 : (int) ((long) retired * 100 / inForce);
    }

    /** Whether what was typed confirms this retirement: nothing is needed below the threshold, else the exact count. */
    public boolean confirmedBy(String typed) {
        if (!needsTypedCount()) {
            return true;
        }
        String digits = typed == null ? "" : typed.strip().replace(",", "").replace("，", "");
        return digits.equals(String.valueOf(retired));
    }

    /** The refusal when the count was not typed, or not right. */
    public String refusal(String typed) {
        return "未应用：此目录将停用 " + retired + " 个科目（现行 " + inForce + " 个的 " + sharePercent() + "%），"
                + (typed == null || typed.isBlank() ? "须输入停用数" : "输入的“" + typed.strip() + "”不是停用数")
                + " " + retired + " 确认后才能应用；若文件不完整，请放弃此版本并载入完整的目录文件";
    }
}
