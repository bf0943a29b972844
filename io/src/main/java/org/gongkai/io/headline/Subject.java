package org.gongkai.io.headline;

/** A headline figure a reader looks for in any disclosure, by the key the summary JSON gives it. */
public enum Subject {
    INCOME_TOTAL("incomeTotal", "收入总计"),
    EXPENDITURE_TOTAL("expenditureTotal", "支出总计"),
    BASIC("basic", "基本支出"),
    PROJECT("project", "项目支出"),
    PERSONNEL("personnel", "人员经费"),
    PUBLIC_FUNDS("publicFunds", "公用经费"),
    /** The 一般公共预算 basic-expenditure table's own 合计: the whole 人员 and 公用经费 are read from. */
    GENERAL_PUBLIC_BASIC("generalPublicBasic", "一般公共预算基本支出合计"),
    THREE_PUBLIC_TOTAL("total", "“三公”经费合计"),
    ABROAD("abroad", "因公出国（境）费"),
    VEHICLE_PURCHASE("vehiclePurchase", "公务用车购置费"),
    VEHICLE_OPERATION("vehicleOperation", "公务用车运行维护费"),
    RECEPTION("reception", "公务接待费"),
    OPERATING_COST("operatingCost", "机关运行经费");

    private final String key;
    private final String chinese;

    Subject(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    /** The summary JSON's key (the 三公 parts sit under {@code threePublic}). */
    public String key() {
        return key;
    }

    public String chinese() {
        return chinese;
    }

    public boolean threePublic() {
        return this == THREE_PUBLIC_TOTAL || this == ABROAD || this == VEHICLE_PURCHASE || this == VEHICLE_OPERATION || this == RECEPTION;
    }
}
