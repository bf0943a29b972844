package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Takes from a read document what the region's rules compare, so that the models need not be kept. */
public final class FiguresReader {

    /** A fingerprint of fewer amounts than this would match unrelated near-empty packages. */
    static final int MIN_AMOUNTS = 12;

    private FiguresReader() {
    }

    public static Filed filed(String file, String sha256, DepartmentBudget model, FinalAccounts accounts,
                              List<StatementTable> tables, Disclosure.Level level) {
        return new Filed(file, sha256, model.department().code(), model.department().name(), model.year(),
                accounts == null ? org.gongkai.core.budget.DisclosureKind.BUDGET : org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS,
                level, of(model, accounts, tables));
    }

    static Figures of(DepartmentBudget model, FinalAccounts accounts, List<StatementTable> tables) {
        BudgetFigures f = model.figures();
        boolean incomes = !model.incomes().isEmpty();
        boolean lines = !model.expenditures().isEmpty();
        boolean hasBasic = model.expenditures().stream().anyMatch(l -> l.kind() == ExpenditureKind.BASIC);
        boolean hasProject = model.expenditures().stream().anyMatch(l -> l.kind() == ExpenditureKind.PROJECT);
        Map<String, BigDecimal> fiscal = new TreeMap<>();
        for (ExpenditureLine line : model.expenditures()) {
            if (line.source().isFiscalAppropriation()) {
                fiscal.merge(line.source().name(), line.amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> initial = new TreeMap<>();
        ThreePublicAmounts budgetThree = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        if (accounts != null) {
            for (BudgetedLine line : accounts.budgeted()) {
                if (line.initial() != null && line.source().isFiscalAppropriation()) {
                    initial.merge(line.source().name(), line.initial(), BigDecimal::add);
                }
            }
            budgetThree = printed(accounts.threePublicBudget());
            opening = accounts.balances().opening().isEmpty() ? null : accounts.balances().openingTotal();
            closing = accounts.balances().closing().isEmpty() ? null : accounts.balances().closingTotal();
        }
        List<StatedChange> changes = new ArrayList<>();
        model.narrative().values().forEach(text -> changes.addAll(StatedChange.in(text)));
        return new Figures(incomes ? f.incomeTotal() : null, lines ? f.expenditureTotal() : null, hasBasic ? f.basic() : null,
                hasProject ? f.project() : null, fiscal, initial, model.threePublic().isEmpty() ? null : printed(f.threePublic()),
                budgetThree, opening, closing, model.previousYear(), printed(model.threePublicLastYear()), changes, fingerprint(tables),
                model.units().stream().map(Unit::name).toList());
    }

    /** Null when no part is printed, so that an absent table is never compared as zeros. */
    private static ThreePublicAmounts printed(ThreePublicAmounts amounts) {
        if (amounts == null || amounts.abroadTeaching() == null && amounts.abroadOther() == null && amounts.vehiclePurchase() == null
                && amounts.vehicleOperation() == null && amounts.reception() == null) {
            return null;
        }
        return amounts;
    }

    /** The SHA-256 of every amount of every table, in order: two packages with it equal print the same tables. */
    static String fingerprint(List<StatementTable> tables) {
        StringBuilder all = new StringBuilder();
        int count = 0;
        for (StatementTable table : tables) {
            all.append(table.kind()).append(':');
            for (TableRow row : table.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.amount() != null) {
                        all.append(cell.amount().stripTrailingZeros().toPlainString()).append(',');
                        count++;
                    }
                }
            }
        }
        if (count < MIN_AMOUNTS) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
