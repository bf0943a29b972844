package org.gongkai.io.template;

import org.gongkai.core.budget.Money;

/**
 * What a column asks for, in the words of its cell prompt, its error box and the 填写说明 sheet, so the three say the
 * same thing. Error boxes of codes and amounts only warn: the reader accepts what Excel's checks cannot (「120万」, a bare
 * code), and refuses the rest on upload with the cell's address.
 */
final class InputHelp {

    private InputHelp() {
    }

    /** The column's own help and how to enter it. */
    static String rule(TemplateColumn column, CodeLists codes) {
        String help = column.help();
        return switch (column.input()) {
            case TEXT, CODE_NAME -> help;
            case CHOICE -> help + "。可选：" + String.join("、", column.choices());
            case FUNCTION_CODE, ECONOMIC_CODE -> help + "。" + CodeLists.expected(codes.year(), column.input())
                    + "；列表中每项是编码和名称，如“" + codes.example(column.input()) + "”";
            case MONEY -> help + "。单位：万元，最多 " + Money.MAX_DECIMALS + " 位小数，不能为负数；写成“120万”“1,200.50”也可以";
            case VALUE -> help + "。单位：万元，不能为负数；写成“120万”也可以";
            case NUMBER -> help + "。填写不小于 0 的数字";
            case COUNT -> help + "。填写不小于 0 的整数";
            case PERCENT -> help + "。填写不小于 0 的数字，30 表示 30%";
        };
    }

    static String errorTitle(ColumnInput input) {
        return switch (input) {
            case CHOICE -> "不是可选项";
            case FUNCTION_CODE, ECONOMIC_CODE -> "不在下拉列表中";
            case COUNT -> "不是整数";
            default -> "不是数字";
        };
    }

    static String errorText(TemplateColumn column, CodeLists codes) {
        return switch (column.input()) {
            case CHOICE -> "应从下拉列表选择：" + String.join("、", column.choices());
            case FUNCTION_CODE, ECONOMIC_CODE -> CodeLists.expected(codes.year(), column.input())
                    + "。只填编码也可以，上传时按编码核对目录；点“是”保留。";
            case MONEY, VALUE -> "应填写" + CellValues.expected(column.input()) + "。“120万”“1,200.50”这样的写法上传时也能识别，点“是”保留。";
            case PERCENT -> "应填写" + CellValues.expected(column.input()) + "。“30%”这样的写法上传时也能识别，点“是”保留。";
            case COUNT -> "应填写不小于 0 的整数。";
            default -> "应填写不小于 0 的数字。";
        };
    }
}
