package org.gongkai.io.template;

import java.util.Optional;
import java.util.stream.IntStream;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.importing.source.ImportException;

/**
 * Reads a filled data-entry workbook: a budget one ({@link TemplateLabels#BUDGET}) into a model, a 决算 one
 * ({@link TemplateLabels#ACCOUNTS}, by {@link AccountsTemplateReader}) into final accounts. Every bad cell is collected
 * with its sheet, address and column header (「支出!F5（金额（万元））：“约300”不是金额，…」) and reported together;
 * nothing half-read is returned. A workbook of the other kind is refused saying which it is.
 */
public final class TemplateReader {

    private TemplateReader() {
    }

    public static DepartmentBudget read(String name, byte[] bytes) {
        return readIfTemplate(name, bytes).orElseThrow(() -> notATemplate(name, TemplateLabels.BUDGET));
    }

    /** The model of a filled template; empty when the workbook is some other spreadsheet (e.g. a published one). */
    public static Optional<DepartmentBudget> readIfTemplate(String name, byte[] bytes) {
        return FilledWorkbook.read(name, bytes, TemplateLabels.BUDGET, TemplateReader::model);
    }

    /** Final accounts from a filled 决算 workbook. */
    public static FinalAccounts readAccounts(String name, byte[] bytes) {
        return readAccountsIfTemplate(name, bytes).orElseThrow(() -> notATemplate(name, TemplateLabels.ACCOUNTS));
    }

    /** The final accounts of a filled 决算 workbook; empty when the workbook is some other spreadsheet. */
    public static Optional<FinalAccounts> readAccountsIfTemplate(String name, byte[] bytes) {
        return FilledWorkbook.read(name, bytes, TemplateLabels.ACCOUNTS, AccountsTemplateReader::accounts);
    }

    /** Why bytes that are no workbook of the form are refused. */
    static ImportException notATemplate(String name, TemplateForm form) {
        return new ImportException(name + "：不是 Gongkai " + form.disclosure() + "数据填报模板（缺少“" + form.info().name()
                + "”或“" + form.spending().name() + "”工作表）");
    }

    private static DepartmentBudget model(FilledWorkbook in) {
        Builder builder = in.builder();
        YearCatalog catalog = in.catalog();
        in.each(TemplateLabels.INCOME, row -> builder.income(new Income(row.choice(0, TemplateLabels.SOURCES),
                row.requiredMoney(2), row.yes(1))));
        in.each(TemplateLabels.SPENDING, row -> builder.expenditure(new ExpenditureLine(row.function(0, catalog),
                row.choice(2, TemplateLabels.KINDS), row.choice(3, TemplateLabels.SOURCES), row.yes(4), row.requiredMoney(5))));
        in.each(TemplateLabels.THREE_PUBLIC, row -> {
            ThreePublicAmounts amounts = threePublic(row);
            if (amounts != null && row.text(0).startsWith("本年")) {
                builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts);
            } else if (amounts != null && row.text(0).startsWith(TemplateLabels.LAST_YEAR_THREE_PUBLIC)) {
                builder.threePublicLastYear(amounts);
            }
        });
        SharedSheets.read(in, TemplateLabels.BUDGET, builder);
        in.requireNoProblems();
        DepartmentBudget model = builder.build();
        new CatalogConformance(ClassificationCatalog.builtIn()).requireConforming(model, in.name());
        return model;
    }

    /** The five parts of a 三公 row, after its label; null when none is filled. */
    static ThreePublicAmounts threePublic(FilledRow row) {
        ThreePublicAmounts amounts = new ThreePublicAmounts(row.money(1), row.money(2), row.money(3), row.money(4), row.money(5));
        return IntStream.rangeClosed(1, 5).anyMatch(c -> !row.text(c).isBlank()) ? amounts : null;
    }
}
