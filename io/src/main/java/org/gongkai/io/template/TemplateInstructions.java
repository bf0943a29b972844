package org.gongkai.io.template;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.Money;

/**
 * The 填写说明 sheet: what the workbook is, the unit, the order to fill the sheets, what every column asks, where the
 * codes come from, how to upload it and what happens to a bad cell. Written from {@link TemplateLabels} and
 * {@link InputHelp}, the same words the sheets, prompts and upload messages use.
 */
final class TemplateInstructions {

    /** Columns A–C: sheet, column, what to write; a paragraph spans all three. */
    private static final int[] WIDTHS = {14, 24, 80};
    /** About how many Chinese characters fit on one line of a paragraph and of column C, for the row heights. */
    private static final int PARAGRAPH_LINE = 56;
    private static final int RULE_LINE = 38;

    private final Sheet sheet;
    private final CellStyle wrap;
    private final CellStyle heading;

    private TemplateInstructions(Sheet sheet) {
        this.sheet = sheet;
        wrap = sheet.getWorkbook().createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        Font bold = sheet.getWorkbook().createFont();
        bold.setBold(true);
        heading = sheet.getWorkbook().createCellStyle();
        heading.setFont(bold);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    static void write(Sheet sheet, TemplateForm form, Department department, CodeLists codes) {
        new TemplateInstructions(sheet).fill(form, department, codes);
    }

    private void fill(TemplateForm form, Department department, CodeLists codes) {
        int year = codes.year();
        heading(department.name() + " " + year + " 年" + form.disclosure() + "公开数据填报模板 · " + TemplateLabels.INSTRUCTIONS);
        heading("一、这是什么");
        paragraph("本工作簿用于填写" + department.name() + "（部门编码 " + department.code() + "）" + year
                + " 年" + form.disclosure() + "公开的数据。按下面的顺序填好各工作表，上传到 Gongkai，系统据此生成公开表和公开说明并逐项检查。");
        heading("二、金额单位");
        paragraph("所有金额的单位都是万元，最多 " + Money.MAX_DECIMALS + " 位小数（即精确到元的分），不能为负数。"
                + "写成 120、“120万”、“120万元”、“1,200.50”或全角的“１２０”都可以，上传时都按万元读；"
                + "“约300”“三百”这样的文字不是金额，会被退回。");
        heading("三、填写顺序");
        List<TemplateSheet> sheets = form.sheets();
        for (int i = 0; i < sheets.size(); i++) {
            paragraph((i + 1) + ". “" + sheets.get(i).name() + "”：" + sheets.get(i).purpose() + "。");
        }
        heading("四、各工作表的列");
        rule("工作表", "列", "填写要求", heading);
        for (TemplateSheet layout : sheets) {
            for (TemplateColumn column : form.columns(layout)) {
                rule(layout.name(), column.header(), InputHelp.rule(column, codes) + "。", wrap);
            }
        }
        heading("五、科目编码从哪里来");
        paragraph("“" + form.spending().name() + "”表的功能分类科目编码取自 " + CodeLists.kind(year, ColumnInput.FUNCTION_CODE)
                + "（共 " + codes.functions().size() + " 个），“" + form.basic().name() + "”表的经济分类科目编码取自 "
                + CodeLists.kind(year, ColumnInput.ECONOMIC_CODE) + "（共 " + codes.economics().size() + " 个）。"
                + "下拉列表中每项是编码和名称，如“" + codes.example(ColumnInput.FUNCTION_CODE) + "”“"
                + codes.example(ColumnInput.ECONOMIC_CODE) + "”；只填编码也可以。编码右边的“科目名称（参考）”随编码自动显示，"
                + "上传时只按编码核对目录。全部科目在隐藏的“" + TemplateLabels.CODE_LIST + "”工作表里（右键工作表标签，选“取消隐藏”可查看）。");
        heading("六、填好后如何上传");
        paragraph("保存为 .xlsx 文件，在 Gongkai 工作台“新建”处选择该文件，点“上传并检查”；要替换已有草稿的数据，在该草稿页上传。"
                + "请不要改工作表的名称和顺序，不要增删列，第一行的列名不要改。");
        heading("七、出错怎么办");
        paragraph("填写时单元格旁会提示该填什么，填得不合要求时 Excel 会提醒（“数据”→“数据验证”→“圈释无效数据”可把这样的单元格圈成红色）。"
                + "上传时，只要有一个单元格不合要求，整个文件都不保存，系统逐个列出出错的单元格：工作表!单元格（列名）：错在哪里，应该怎样填。例如：");
        paragraph(example(form.spending()));
    }

    /** A refusal exactly as the upload words it, at the amount of the spending sheet's seventh row. */
    private static String example(TemplateSheet spending) {
        int column = spending.columns().size() - 1;
        String where = FilledRow.where(spending.name(), column, 7, spending.headers().get(column));
        try {
            CellValues.number("约300", ColumnInput.MONEY);
            throw new IllegalStateException("“约300”应被当作不是金额");
        } catch (IllegalArgumentException e) {
            return where + "：" + e.getMessage();
        }
    }

    private void heading(String text) {
        Row row = next();
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(heading);
    }

    private void paragraph(String text) {
        Row row = next();
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(wrap);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, WIDTHS.length - 1));
        lines(row, text, PARAGRAPH_LINE);
    }

    private void rule(String sheetName, String column, String rule, CellStyle style) {
        Row row = next();
        String[] texts = {sheetName, column, rule};
        for (int c = 0; c < texts.length; c++) {
            row.createCell(c).setCellValue(texts[c]);
            row.getCell(c).setCellStyle(style);
        }
        lines(row, rule, RULE_LINE);
    }

    /** Excel does not grow a merged or wrapped row to its text; the row is given the lines the text needs. */
    private void lines(Row row, String text, int perLine) {
        int lines = Math.max(1, (text.length() + perLine - 1) / perLine);
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() * 1.1f);
    }

    private Row next() {
        return sheet.createRow(sheet.getPhysicalNumberOfRows());
    }
}
