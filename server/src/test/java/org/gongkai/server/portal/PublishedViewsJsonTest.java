package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** What is stored for a published version reads back equal to what was computed: amounts keep their scale. */
class PublishedViewsJsonTest {

    @Test
    void tablesFindingsAndHeadlineFiguresOfEverySampleReadBackEqual() throws Exception {
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*/model.json");
        assertThat(samples).isNotEmpty();
        for (Resource sample : samples) {
            DepartmentBudget model = ModelJson.read(sample.getContentAsString(StandardCharsets.UTF_8), sample.getDescription());
            List<StatementTable> tables = StandardTables.generateAll(model, ClassificationCatalog.builtIn());
            List<Finding> findings = RuleRegistry.check(Disclosure.generated(model, ClassificationCatalog.builtIn()));
            Summary summary = Summary.of(model);

            assertThat(PublishedViews.read(PublishedViews.write(tables), new TypeReference<List<StatementTable>>() { }))
                    .as(sample.getDescription()).isEqualTo(tables);
            assertThat(PublishedViews.read(PublishedViews.write(findings), new TypeReference<List<Finding>>() { })).isEqualTo(findings);
            assertThat(PublishedViews.read(PublishedViews.write(summary), Summary.class)).isEqualTo(summary);
        }
    }
}
