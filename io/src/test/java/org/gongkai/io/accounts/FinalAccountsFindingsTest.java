package org.gongkai.io.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.tables.StandardTable;
import org.junit.jupiter.api.Test;

/**
 * The rules on the corpus 部门决算 as printed (its tables typed by reading, its explanation's text): what they find is
 * the reviewed list kept beside the golden (findings.txt), each line one of the places its README says the document
 * does not add up.
 */
class FinalAccountsFindingsTest {

    private static final String FOLDER = "/final-accounts/sh-putuo-social-work-2024-final-accounts/";

    @Test
    void theRulesFindWhereThePublishedFinalAccountsDoNotAddUpAndNothingElse() throws IOException {
        JsonNode golden = FinalAccountsGoldenTest.golden();
        FinalAccounts read = FinalAccountsGoldenTest.accountsOf(golden);
        FinalAccounts accounts = new FinalAccounts(read.actuals().toBuilder().narrative(NarrativeSection.OVERVIEW, text("explanation.txt"))
                .build(), read.budgeted(), read.balances(), read.threePublicBudget(), read.threePublicCounts(), read.procurement(),
                read.evaluations());
        Disclosure disclosure = Disclosure.published(accounts, GoldenTables.of(golden), ClassificationCatalog.builtIn(),
                EnumSet.copyOf(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS)), Disclosure.Contents.WHOLE);
        List<String> found = RuleRegistry.check(disclosure).stream().map(Finding::toString).toList();
        assertThat(String.join("\n", found)).isEqualTo(text("findings.txt").strip());
    }

    private static String text(String name) throws IOException {
        try (InputStream in = FinalAccountsFindingsTest.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
