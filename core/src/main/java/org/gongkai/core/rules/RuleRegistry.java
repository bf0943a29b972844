package org.gongkai.core.rules;

import java.util.Comparator;
import java.util.List;
import org.gongkai.core.rules.acc.AccountsFiguresStated;
import org.gongkai.core.rules.acc.AccountsFiscalSummaryAddsUp;
import org.gongkai.core.rules.acc.AccountsSummaryAddsUp;
import org.gongkai.core.rules.acc.AccountsTablesAgree;
import org.gongkai.core.rules.acc.BasicHalvesAddUp;
import org.gongkai.core.rules.acc.CompletionRateStated;
import org.gongkai.core.rules.acc.ExecutionDifferenceExplained;
import org.gongkai.core.rules.acc.GrowthFromNothing;
import org.gongkai.core.rules.acc.InitialBudgetAsPublished;
import org.gongkai.core.rules.acc.ActualsNotCopiedFromBudget;
import org.gongkai.core.rules.acc.ListedItemsSpent;
import org.gongkai.core.rules.acc.PersonnelAndPublicMakeBasic;
import org.gongkai.core.rules.acc.ProcurementStated;
import org.gongkai.core.rules.acc.RequiredAccountsSections;
import org.gongkai.core.rules.acc.RowsAddUpByKind;
import org.gongkai.core.rules.acc.SelfEvaluationConsistent;
import org.gongkai.core.rules.acc.SharesStated;
import org.gongkai.core.rules.acc.ThreePublicWithinBudget;
import org.gongkai.core.rules.cat.AdministrationRowCarriesNoProjects;
import org.gongkai.core.rules.cat.CodeInYearsCatalog;
import org.gongkai.core.rules.cat.CodeWellFormed;
import org.gongkai.core.rules.cat.GlossaryCodesMatchCatalog;
import org.gongkai.core.rules.cat.ItemUnderItsSection;
import org.gongkai.core.rules.cat.NameMatchesCode;
import org.gongkai.core.rules.cat.OldNameUsed;
import org.gongkai.core.rules.cat.UnknownCodeWarned;
import org.gongkai.core.rules.cat.SubjectNamedAsInCatalog;
import org.gongkai.core.rules.perf.BoundFitsWording;
import org.gongkai.core.rules.perf.BudgetEqualsFiscalPlusOther;
import org.gongkai.core.rules.perf.CostCapAtMost;
import org.gongkai.core.rules.perf.CostCapWithinProjectAmount;
import org.gongkai.core.rules.perf.DeadlineAtMost;
import org.gongkai.core.rules.perf.HasEffectIndicators;
import org.gongkai.core.rules.perf.HasOutputIndicators;
import org.gongkai.core.rules.perf.HasSatisfactionIndicators;
import org.gongkai.core.rules.perf.KnownIndicatorLevels;
import org.gongkai.core.rules.perf.NoDuplicateIndicators;
import org.gongkai.core.rules.perf.NoRepeatedGoals;
import org.gongkai.core.rules.perf.NoVacuousBounds;
import org.gongkai.core.rules.perf.PaymentPlanReachesHundred;
import org.gongkai.core.rules.perf.PurposeTextMatchesBudget;
import org.gongkai.core.rules.perf.SatisfactionAndRatesAtLeast;
import org.gongkai.core.rules.perf.UnitFitsIndicator;
import org.gongkai.core.rules.perf.ValueHasUnit;
import org.gongkai.core.rules.req.AllNineTablesPresent;
import org.gongkai.core.rules.req.WholeDisclosureChecked;
import org.gongkai.core.rules.req.ProjectsHaveAmounts;
import org.gongkai.core.rules.req.EmptyTableNoteFitsTable;
import org.gongkai.core.rules.req.EmptyTablesShownWithNote;
import org.gongkai.core.rules.req.NoPlaceholderLeft;
import org.gongkai.core.rules.req.ProjectsHavePerformanceTables;
import org.gongkai.core.rules.req.RequiredSectionsPresent;
import org.gongkai.core.rules.req.ThreePublicChangeExplained;
import org.gongkai.core.rules.sum.AppropriationRowAddsUp;
import org.gongkai.core.rules.sum.BasicRowSplitsIntoPersonnelAndPublic;
import org.gongkai.core.rules.sum.ClassRowEqualsSumOfSections;
import org.gongkai.core.rules.sum.ExpenditureRowAddsUpByKind;
import org.gongkai.core.rules.sum.FiscalSummaryColumnsAddUp;
import org.gongkai.core.rules.sum.FiscalSummaryExpenditureAddsUp;
import org.gongkai.core.rules.sum.FiscalSummaryIncomeAddsUp;
import org.gongkai.core.rules.sum.IncomeRowAddsUp;
import org.gongkai.core.rules.sum.IncomeSubtotalAddsUp;
import org.gongkai.core.rules.sum.SectionRowEqualsSumOfItems;
import org.gongkai.core.rules.sum.SummaryBalances;
import org.gongkai.core.rules.sum.SummaryExpenditureAddsUp;
import org.gongkai.core.rules.sum.SummaryGrandTotalsAddUp;
import org.gongkai.core.rules.sum.SummaryIncomeAddsUp;
import org.gongkai.core.rules.sum.ThreePublicPartsAddUp;
import org.gongkai.core.rules.sum.ThreePublicSourcesAddUp;
import org.gongkai.core.rules.sum.TotalRowEqualsSumOfClasses;
import org.gongkai.core.rules.txt.AbroadStated;
import org.gongkai.core.rules.txt.AppropriationIncomeStated;
import org.gongkai.core.rules.txt.BasicExpenditureStated;
import org.gongkai.core.rules.txt.ChangeAmountStated;
import org.gongkai.core.rules.txt.ChangePercentStated;
import org.gongkai.core.rules.txt.DoubledPunctuation;
import org.gongkai.core.rules.txt.ReasonGiven;
import org.gongkai.core.rules.txt.NoMarkup;
import org.gongkai.core.rules.txt.LevelWording;
import org.gongkai.core.rules.txt.IncreaseWithinAmount;
import org.gongkai.core.rules.txt.BalancedBrackets;
import org.gongkai.core.rules.txt.ComparedWithThePreviousYear;
import org.gongkai.core.rules.txt.ItemAmountsAgree;
import org.gongkai.core.rules.txt.ListedItemsAddUp;
import org.gongkai.core.rules.txt.ParagraphEndsWithStop;
import org.gongkai.core.rules.txt.QuotesOpenBeforeClosing;
import org.gongkai.core.rules.txt.ChangeDirectionStated;
import org.gongkai.core.rules.txt.ExpenditureTotalStated;
import org.gongkai.core.rules.txt.FixedAssetsStated;
import org.gongkai.core.rules.txt.IncomeTotalStated;
import org.gongkai.core.rules.txt.OperatingCostStated;
import org.gongkai.core.rules.txt.PersonnelStated;
import org.gongkai.core.rules.txt.PlannedPurchasesStated;
import org.gongkai.core.rules.txt.ProcurementTotalStated;
import org.gongkai.core.rules.txt.ProjectExpenditureStated;
import org.gongkai.core.rules.txt.PublicFundsStated;
import org.gongkai.core.rules.txt.ReceptionStated;
import org.gongkai.core.rules.txt.StatedBudgetPartsAddUp;
import org.gongkai.core.rules.txt.ThreePublicStatedPartsAddUp;
import org.gongkai.core.rules.txt.ThreePublicTotalStated;
import org.gongkai.core.rules.txt.VehicleOperationStated;
import org.gongkai.core.rules.txt.VehiclePurchaseStated;
import org.gongkai.core.rules.txt.VehicleStated;
import org.gongkai.core.rules.unit.AmountWithoutUnit;
import org.gongkai.core.rules.unit.DoubledUnit;
import org.gongkai.core.rules.unit.TablesInWanYuan;
import org.gongkai.core.rules.unit.YuanWhereWanYuanMeant;
import org.gongkai.core.rules.xt.BasicTableMatchesGeneralPublicBasicSpending;
import org.gongkai.core.rules.xt.FiscalIncomeMatchesSummaryIncome;
import org.gongkai.core.rules.xt.FiscalSummaryMatchesAppropriationTables;
import org.gongkai.core.rules.xt.IncomeTableMatchesExpenditureTable;
import org.gongkai.core.rules.xt.ProcurementWithinProjectBudget;
import org.gongkai.core.rules.xt.ProjectSpendingEqualsProjects;
import org.gongkai.core.rules.xt.SummaryIncomeMatchesIncomeTable;
import org.gongkai.core.rules.xt.SummaryMatchesExpenditureTable;
import org.gongkai.core.rules.xt.ThreePublicCoversEconomicLines;

/** Every rule, in catalogue order. A new rule is one class and one line here. */
public final class RuleRegistry {

    private static final List<Rule> RULES = List.<Rule>of(
            new ClassRowEqualsSumOfSections(), new SectionRowEqualsSumOfItems(), new TotalRowEqualsSumOfClasses(),
            new ExpenditureRowAddsUpByKind(), new AppropriationRowAddsUp(), new IncomeRowAddsUp(),
            new IncomeSubtotalAddsUp(), new BasicRowSplitsIntoPersonnelAndPublic(), new ThreePublicPartsAddUp(),
            new ThreePublicSourcesAddUp(),
            new SummaryIncomeAddsUp(), new SummaryExpenditureAddsUp(), new SummaryGrandTotalsAddUp(), new SummaryBalances(),
            new FiscalSummaryIncomeAddsUp(), new FiscalSummaryExpenditureAddsUp(), new FiscalSummaryColumnsAddUp(),
            new SummaryMatchesExpenditureTable(), new IncomeTableMatchesExpenditureTable(),
            new SummaryIncomeMatchesIncomeTable(), new FiscalSummaryMatchesAppropriationTables(),
            new BasicTableMatchesGeneralPublicBasicSpending(), new FiscalIncomeMatchesSummaryIncome(),
            new ThreePublicCoversEconomicLines(), new ProjectSpendingEqualsProjects(), new ProcurementWithinProjectBudget(),
            new IncomeTotalStated(), new AppropriationIncomeStated(), new ExpenditureTotalStated(),
            new BasicExpenditureStated(), new PersonnelStated(), new PublicFundsStated(), new ProjectExpenditureStated(),
            new OperatingCostStated(), new ThreePublicTotalStated(), new AbroadStated(), new VehicleStated(),
            new VehiclePurchaseStated(), new VehicleOperationStated(), new ReceptionStated(), new ProcurementTotalStated(),
            new FixedAssetsStated(), new PlannedPurchasesStated(), new ChangeAmountStated(), new ChangeDirectionStated(), new ThreePublicStatedPartsAddUp(), new StatedBudgetPartsAddUp(), new ChangePercentStated(), new ItemAmountsAgree(), new ComparedWithThePreviousYear(), new DoubledPunctuation(), new ReasonGiven(), new BalancedBrackets(), new IncreaseWithinAmount(), new NoMarkup(), new LevelWording(),
            new ParagraphEndsWithStop(), new ListedItemsAddUp(), new QuotesOpenBeforeClosing(),
            new YuanWhereWanYuanMeant(), new DoubledUnit(), new TablesInWanYuan(), new AmountWithoutUnit(),
            new CodeWellFormed(), new CodeInYearsCatalog(), new UnknownCodeWarned(), new NameMatchesCode(), new ItemUnderItsSection(), new OldNameUsed(), new SubjectNamedAsInCatalog(),
            new AdministrationRowCarriesNoProjects(),
            new GlossaryCodesMatchCatalog(),
            new HasOutputIndicators(), new HasEffectIndicators(), new HasSatisfactionIndicators(),
            new SatisfactionAndRatesAtLeast(), new CostCapAtMost(), new CostCapWithinProjectAmount(), new ValueHasUnit(),
            new NoVacuousBounds(), new PaymentPlanReachesHundred(), new BudgetEqualsFiscalPlusOther(),
            new PurposeTextMatchesBudget(), new NoDuplicateIndicators(), new NoRepeatedGoals(), new KnownIndicatorLevels(),
            new DeadlineAtMost(), new UnitFitsIndicator(), new BoundFitsWording(),
            new AllNineTablesPresent(), new WholeDisclosureChecked(), new ProjectsHaveAmounts(), new EmptyTablesShownWithNote(), new EmptyTableNoteFitsTable(), new RequiredSectionsPresent(),
            new ThreePublicChangeExplained(), new NoPlaceholderLeft(), new ProjectsHavePerformanceTables(),
            new AccountsSummaryAddsUp(), new AccountsFiscalSummaryAddsUp(), new BasicHalvesAddUp(), new PersonnelAndPublicMakeBasic(),
            new RowsAddUpByKind(), new AccountsTablesAgree(), new CompletionRateStated(), new GrowthFromNothing(),
            new ProcurementStated(), new ThreePublicWithinBudget(), new ExecutionDifferenceExplained(), new InitialBudgetAsPublished(),
            new SelfEvaluationConsistent(), new RequiredAccountsSections(), new AccountsFiguresStated(), new ListedItemsSpent(),
            new SharesStated(), new ActualsNotCopiedFromBudget());

    private RuleRegistry() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    /** Runs every rule of the disclosure's kind; findings ordered by severity, then rule id, then as found. */
    public static List<Finding> check(Disclosure disclosure) {
        return RULES.stream().filter(rule -> rule.kinds().contains(disclosure.kind()))
                .flatMap(rule -> checkWithPrintedColumns(rule, disclosure).stream())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::rule)).toList();
    }

    /**
     * A rule that compares a column the published tables do not print has nothing to compare: it finds nothing
     * there, rather than reading the missing column as zeros and raising a false alarm.
     */
    private static List<Finding> checkWithPrintedColumns(Rule rule, Disclosure disclosure) {
        try {
            return rule.check(disclosure);
        } catch (org.gongkai.core.tables.MissingColumnException notPrinted) {
            return List.of();
        }
    }
}
