package org.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.server.AccountsFixture;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The 决算 forms without a server: posted as the page shows them they give back the same 决算; a bad cell is named. */
class AccountsFormsTest {

    private static final FinalAccounts ACCOUNTS = AccountsFixture.of("765", "决算表单测试局").accounts();
    private static final YearCatalog CATALOG = ClassificationCatalog.builtIn().forYear(ACCOUNTS.year());

    @Test
    void theExpenditureFormPostedUnchangedGivesBackTheSameFinalAccounts() {
        assertThat(AccountsForms.apply(ACCOUNTS, "lines", linesAsShown())).isEqualTo(ACCOUNTS);
    }

    @Test
    void theIncomeFormPostedUnchangedGivesBackTheSameFinalAccounts() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        ACCOUNTS.actuals().incomes().stream().filter(i -> !i.carriedOver()).forEach(i -> {
            form.add("source", org.gongkai.io.template.TemplateLabels.SOURCES.get(i.source()));
            form.add("amount", i.amount().toPlainString());
        });
        assertThat(AccountsForms.apply(ACCOUNTS, "incomes", form)).isEqualTo(ACCOUNTS);
    }

    @Test
    void aChangedFigureIsTheNewDecisionAndTheBudgetStays() {
        MultiValueMap<String, String> form = linesAsShown();
        List<String> actual = new java.util.ArrayList<>(form.get("actual"));
        actual.set(0, "120万");
        form.put("actual", actual);
        FinalAccounts changed = AccountsForms.apply(ACCOUNTS, "lines", form);
        assertThat(changed.budgeted()).isEqualTo(ACCOUNTS.budgeted());
        assertThat(changed.actuals().expenditures()).anySatisfy(l -> assertThat(l.amount()).isEqualByComparingTo("120"));
    }

    @Test
    void aBadCellIsRefusedByItsTableRowAndWhatWasTyped() {
        MultiValueMap<String, String> form = linesAsShown();
        List<String> actual = new java.util.ArrayList<>(form.get("actual"));
        actual.set(1, "约300");
        form.put("actual", actual);
        assertThatThrownBy(() -> AccountsForms.apply(ACCOUNTS, "lines", form)).isInstanceOf(FormRefused.class)
                .hasMessageContaining("支出第 2 行").hasMessageContaining("约300");
    }

    private static MultiValueMap<String, String> linesAsShown() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (AccountsView.Line line : AccountsView.lines(ACCOUNTS, CATALOG)) {
            form.add("code", line.code());
            form.add("kind", line.kind());
            form.add("source", line.source());
            form.add("initial", line.initial() == null ? "" : line.initial().toPlainString());
            form.add("adjusted", line.adjusted() == null ? "" : line.adjusted().toPlainString());
            form.add("actual", line.actual() == null ? "" : line.actual().toPlainString());
        }
        return form;
    }
}
