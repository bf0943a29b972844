package org.gongkai.io.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.rules.RuleCatalogue;
import org.gongkai.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    @Test
    void docsRulesMdIsTheCatalogueTheRulesWrite() throws Exception {
        String onDisk;
        try (InputStream in = getClass().getResourceAsStream("/docs/rules.md")) {
            onDisk = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(onDisk).as("docs/rules.md is stale: run ./gongkai rules --markdown > docs/rules.md")
                .isEqualTo(RuleCatalogue.markdown(RuleRegistry.all()));
    }

    @Test
    void theCatalogueListsEveryRuleOnce() {
        String markdown = RuleCatalogue.markdown(RuleRegistry.all());
        RuleRegistry.all().forEach(rule -> assertThat(markdown).containsOnlyOnce("| " + rule.id() + " |"));
    }
}
