package org.gongkai.io.template;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/**
 * The data-entry workbooks: a budget's ({@link TemplateLabels#BUDGET}) and a 决算's ({@link TemplateLabels#ACCOUNTS},
 * written by {@link AccountsTemplateWriter}). Each is a 填写说明 sheet, then the sheets of its form, empty or pre-filled
 * from a model, with the year's code lists behind the drop-downs (see {@link TemplateWorkbook}).
 */
public final class TemplateWriter {

    private TemplateWriter() {
    }

    /** The workbook with the built-in catalog's codes. */
    public static void write(DepartmentBudget model, OutputStream out) throws IOException {
        write(model, ClassificationCatalog.builtIn().forYear(model.year()), out);
    }

    /** The workbook with the codes of the catalog in force for the department (an official one once loaded). */
    public static void write(DepartmentBudget model, YearCatalog catalog, OutputStream out) throws IOException {
        TemplateWorkbook workbook = new TemplateWorkbook(TemplateLabels.BUDGET, catalog);
        values(workbook, model);
        workbook.finish(model.department(), out);
    }

    /** The 决算 workbook with the built-in catalog's codes. */
    public static void write(FinalAccounts accounts, OutputStream out) throws IOException {
        write(accounts, ClassificationCatalog.builtIn().forYear(accounts.year()), out);
    }

    /** The 决算 workbook with the codes of the catalog in force for the department. */
    public static void write(FinalAccounts accounts, YearCatalog catalog, OutputStream out) throws IOException {
        AccountsTemplateWriter.write(accounts, catalog, out);
    }

    private static void values(TemplateWorkbook out, DepartmentBudget m) {
        Sheet income = out.sheet(TemplateLabels.INCOME);
        for (Income i : m.incomes()) {
            TemplateWorkbook.row(income, TemplateLabels.SOURCES.get(i.source()), TemplateWorkbook.yesNo(i.carriedOver()), i.amount());
        }
        Sheet spending = out.sheet(TemplateLabels.SPENDING);
        for (ExpenditureLine l : m.expenditures()) {
            TemplateWorkbook.row(spending, TemplateWorkbook.cells(out.function(l.functionCode()), TemplateLabels.KINDS.get(l.kind()),
                    TemplateLabels.SOURCES.get(l.source()), TemplateWorkbook.yesNo(l.carriedOver()), l.amount()));
        }
        Sheet three = out.sheet(TemplateLabels.THREE_PUBLIC);
        threePublic(three, TemplateLabels.THIS_YEAR_THREE_PUBLIC, m.threePublic().isEmpty() ? null : m.figures().threePublic());
        threePublic(three, TemplateLabels.LAST_YEAR_THREE_PUBLIC, m.threePublicLastYear());
        SharedSheets.write(out, TemplateLabels.BUDGET, m);
    }

    /** A row of 三公: its label, the five parts (all blank for none), then whatever the form has after them. */
    static void threePublic(Sheet sheet, String label, ThreePublicAmounts a, Object... after) {
        ThreePublicAmounts amounts = a == null ? ThreePublicAmounts.NONE : a;
        TemplateWorkbook.row(sheet, TemplateWorkbook.cells(label, TemplateWorkbook.value(amounts.abroadTeaching()),
                TemplateWorkbook.value(amounts.abroadOther()), TemplateWorkbook.value(amounts.vehiclePurchase()),
                TemplateWorkbook.value(amounts.vehicleOperation()), TemplateWorkbook.value(amounts.reception()), after));
    }
}
