package org.gongkai.io.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * The 决算 data-entry workbook ({@link TemplateLabels#ACCOUNTS}), empty or pre-filled from final accounts: the budget
 * workbook's sheets for what the 决算数 share with a budget, and the 决算's own — each 项 with its 年初预算数 and
 * 调整预算数 beside its 决算数, 结转结余, "三公" against its budget with the physical figures, procurement by kind and the
 * self-evaluations.
 *
 * <p>Income and spending carried over from earlier years are stated in 结转结余 in a 决算, so its 收入 and 支出 have no
 * 是否上年结转 column: a line of the actuals marked carried over is written as a line of the year.
 */
final class AccountsTemplateWriter {

    private AccountsTemplateWriter() {
    }

    static void write(FinalAccounts accounts, YearCatalog catalog, OutputStream out) throws IOException {
        TemplateWorkbook workbook = new TemplateWorkbook(TemplateLabels.ACCOUNTS, catalog);
        DepartmentBudget m = accounts.actuals();
        Sheet income = workbook.sheet(TemplateLabels.ACCOUNTS_INCOME);
        for (Income i : m.incomes()) {
            TemplateWorkbook.row(income, TemplateLabels.SOURCES.get(i.source()), i.amount());
        }
        Sheet spending = workbook.sheet(TemplateLabels.ACCOUNTS_SPENDING);
        for (SpendingRow row : spendingRows(m.expenditures(), accounts.budgeted())) {
            TemplateWorkbook.row(spending, TemplateWorkbook.cells(workbook.function(row.key().code()), TemplateLabels.KINDS.get(row.key().kind()),
                    TemplateLabels.SOURCES.get(row.key().source()),
                    row.budgeted() == null ? "" : TemplateWorkbook.value(row.budgeted().initial()),
                    row.budgeted() == null ? "" : TemplateWorkbook.value(row.budgeted().adjusted()),
                    row.spent() == null ? "" : row.spent().amount()));
        }
        balances(workbook.sheet(TemplateLabels.BALANCES), accounts.balances());
        Sheet three = workbook.sheet(TemplateLabels.ACCOUNTS_THREE_PUBLIC);
        ThreePublicCounts counts = accounts.threePublicCounts();
        TemplateWriter.threePublic(three, TemplateLabels.THREE_PUBLIC_BUDGET, accounts.threePublicBudget());
        TemplateWriter.threePublic(three, TemplateLabels.THREE_PUBLIC_ACTUAL, m.threePublic().isEmpty() ? null : m.figures().threePublic(),
                TemplateWorkbook.value(counts.vehiclesBought()), TemplateWorkbook.value(counts.vehiclesHeld()),
                TemplateWorkbook.value(counts.delegationsAbroad()), TemplateWorkbook.value(counts.personsAbroad()),
                TemplateWorkbook.value(counts.receptions()), TemplateWorkbook.value(counts.receptionPersons()));
        TemplateWriter.threePublic(three, TemplateLabels.LAST_YEAR_THREE_PUBLIC, m.threePublicLastYear());
        ProcurementSplit split = accounts.procurement();
        if (!split.equals(ProcurementSplit.NONE)) {
            TemplateWorkbook.row(workbook.sheet(TemplateLabels.PROCUREMENT_SPLIT), TemplateWorkbook.value(split.goods()),
                    TemplateWorkbook.value(split.works()), TemplateWorkbook.value(split.services()),
                    TemplateWorkbook.value(split.awardedToSmes()));
        }
        Sheet evaluations = workbook.sheet(TemplateLabels.EVALUATIONS);
        Sheet results = workbook.sheet(TemplateLabels.EVALUATION_RESULTS);
        for (SelfEvaluation e : accounts.evaluations()) {
            TemplateWorkbook.row(evaluations, e.subject(), TemplateWorkbook.yesNo(e.wholeDepartment()), TemplateWorkbook.value(e.budget()),
                    TemplateWorkbook.value(e.spent()), TemplateWorkbook.value(e.score()), TemplateWorkbook.text(e.grade()));
            for (SelfEvaluation.Result r : e.results()) {
                TemplateWorkbook.row(results, evaluations.getLastRowNum(), e.subject(), r.indicator(), TemplateWorkbook.text(r.target()),
                        TemplateWorkbook.text(r.achieved()));
            }
        }
        SharedSheets.write(workbook, TemplateLabels.ACCOUNTS, m);
        workbook.finish(m.department(), out);
    }

    /** 结转结余: the balances by source as they are listed, then each of the three flows that is stated. */
    private static void balances(Sheet sheet, Balances balances) {
        for (CarryForward c : balances.opening()) {
            TemplateWorkbook.row(sheet, TemplateLabels.OPENING, TemplateLabels.SOURCES.get(c.source()), c.amount());
        }
        for (CarryForward c : balances.closing()) {
            TemplateWorkbook.row(sheet, TemplateLabels.CLOSING, TemplateLabels.SOURCES.get(c.source()), c.amount());
        }
        Map<String, BigDecimal> flows = new LinkedHashMap<>();
        flows.put(TemplateLabels.NON_FISCAL_SURPLUS_USED, balances.nonFiscalSurplusUsed());
        flows.put(TemplateLabels.CAREER_FUND_USED, balances.careerFundUsed());
        flows.put(TemplateLabels.SURPLUS_DISTRIBUTION, balances.surplusDistribution());
        flows.forEach((label, amount) -> {
            if (amount != null) {
                TemplateWorkbook.row(sheet, label, "", amount);
            }
        });
    }

    /** What a 支出 row is of: a 项 of one kind and source. */
    record LineKey(FunctionCode code, ExpenditureKind kind, FundingSource source) {

        static LineKey of(ExpenditureLine line) {
            return new LineKey(line.functionCode(), line.kind(), line.source());
        }

        static LineKey of(BudgetedLine line) {
            return new LineKey(line.functionCode(), line.kind(), line.source());
        }
    }

    /** One 支出 row: what was spent on a 项 of a kind and source, what it was budgeted at, or both. */
    record SpendingRow(LineKey key, ExpenditureLine spent, BudgetedLine budgeted) {
    }

    /**
     * The 支出 rows: each spent line beside the budgeted line of the same 项, kind and source, in both lists' order, so
     * that the rows with a 决算数 read back to the spent lines and those with a budget to the budgeted lines, each list
     * as it was. Where the two lists run in different orders a line may stand on a row of its own.
     */
    static List<SpendingRow> spendingRows(List<ExpenditureLine> spent, List<BudgetedLine> budgeted) {
        Map<LineKey, Integer> budgetedAhead = new HashMap<>();
        budgeted.forEach(b -> budgetedAhead.merge(LineKey.of(b), 1, Integer::sum));
        List<SpendingRow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < spent.size() || j < budgeted.size()) {
            ExpenditureLine s = i < spent.size() ? spent.get(i) : null;
            BudgetedLine b = j < budgeted.size() ? budgeted.get(j) : null;
            if (s != null && b != null && LineKey.of(s).equals(LineKey.of(b))) {
                rows.add(new SpendingRow(LineKey.of(s), s, b));
                budgetedAhead.merge(LineKey.of(b), -1, Integer::sum);
                i++;
                j++;
            } else if (b != null && (s == null || budgetedAhead.getOrDefault(LineKey.of(s), 0) > 0)) {
                // The spent line's budget comes later: the budgeted lines before it stand alone.
                rows.add(new SpendingRow(LineKey.of(b), null, b));
                budgetedAhead.merge(LineKey.of(b), -1, Integer::sum);
                j++;
            } else {
                rows.add(new SpendingRow(LineKey.of(s), s, null));
                i++;
            }
        }
        return rows;
    }
}
