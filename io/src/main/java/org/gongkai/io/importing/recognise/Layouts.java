package org.gongkai.io.importing.recognise;

import static org.gongkai.io.importing.recognise.GridLayout.Spec.amount;
import static org.gongkai.io.importing.recognise.GridLayout.Spec.text;

import java.util.List;
import java.util.Map;
import org.gongkai.core.tables.StandardTable;

/** The canonical columns of each standard table (as the generators name them) with the words published headers use. */
final class Layouts {

    private static final List<GridLayout.Spec> APPROPRIATION = List.of(text("科目编码", "编码", "代码"),
            text("科目名称", "名称"), amount("合计", "合计", "总计"), amount("基本支出", "基本"), amount("项目支出", "项目"));

    static final Map<StandardTable, List<GridLayout.Spec>> SPECS = Map.of(
            StandardTable.SUMMARY, List.of(text("收入项目", "项目", "收入"), amount("收入预算数", "预算数", "金额", "预算"),
                    text("支出项目", "项目", "支出"), amount("支出预算数", "预算数", "金额", "预算")),
            StandardTable.INCOME, List.of(text("科目编码", "编码", "代码"), text("科目名称", "名称"), amount("合计", "合计", "总计"),
                    amount("小计", "小计"), amount("财政拨款收入", "财政拨款", "拨款收入"), amount("财政专户收入", "专户"),
                    amount("事业收入", "事业收入"), amount("经营收入", "经营"), amount("上级补助收入", "上级补助"),
                    amount("附属单位上缴收入", "附属单位"), amount("其他收入", "其他收入", "其他"), amount("上年结转", "结转")),
            StandardTable.EXPENDITURE, List.of(text("科目编码", "编码", "代码"), text("科目名称", "名称"),
                    amount("合计", "合计", "总计"), amount("基本支出", "基本"), amount("项目支出", "项目"), amount("经营支出", "经营"),
                    amount("上缴上级支出", "上缴", "上解"), amount("对附属单位补助支出", "附属")),
            StandardTable.FISCAL_SUMMARY, List.of(text("收入项目", "项目", "收入"), amount("收入金额", "金额", "预算数", "预算"),
                    text("支出项目", "项目", "支出"), amount("支出合计", "合计", "小计"), amount("一般公共预算财政拨款", "一般公共"),
                    amount("政府性基金预算财政拨款", "政府性基金", "基金"), amount("国有资本经营预算财政拨款", "国有资本")),
            StandardTable.GENERAL_PUBLIC_EXPENDITURE, APPROPRIATION,
            StandardTable.GENERAL_PUBLIC_BASIC, List.of(text("科目编码", "编码", "代码"), text("科目名称", "名称"),
                    amount("合计", "合计", "总计"), amount("人员经费", "人员"), amount("公用经费", "公用")),
            StandardTable.GOVERNMENT_FUND_EXPENDITURE, APPROPRIATION,
            StandardTable.STATE_CAPITAL_EXPENDITURE, APPROPRIATION,
            StandardTable.THREE_PUBLIC, List.of(text("项目", "项目", "名称"), amount("合计", "合计", "小计"),
                    amount("一般公共预算财政拨款", "一般公共"), amount("政府性基金预算拨款", "政府性基金", "基金"),
                    amount("国有资本经营预算拨款", "国有资本")));

    private Layouts() {
    }
}
