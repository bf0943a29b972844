package org.gongkai.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.ThreePublicBySource;
import org.gongkai.core.budget.Unit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/model.schema.json describes exactly what ModelJson writes and reads. */
class ModelSchemaTest {

    private static JsonNode schemaNode;
    private static JsonSchema schema;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ModelSchemaTest.class.getResourceAsStream("/docs/model.schema.json")) {
            schemaNode = MAPPER.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    private static Set<ValidationMessage> validate(String json) throws Exception {
        return schema.validate(MAPPER.readTree(json));
    }

    @Test
    void theSampleFixtureConformsToTheSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/golden/qhd-etdz-affairs-2023/model.json")) {
            assertThat(schema.validate(MAPPER.readTree(in))).isEmpty();
        }
    }

    @Test
    void whatModelJsonWritesConformsToTheSchema() throws Exception {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(validate(ModelJson.write(Budgets.randomBalanced(seed, 40, 2023)))).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsAnEightDigitCodeAndANegativeAmount() throws Exception {
        String bad = """
                {"year": 2023, "department": {"code": "430", "name": "某部门"},
                 "expenditures": [{"functionCode": "20101301", "kind": "BASIC", "source": "GENERAL_PUBLIC_BUDGET", "amount": -1}]}
                """;
        assertThat(validate(bad)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("$.expenditures[0].functionCode", "$.expenditures[0].amount");
    }

    @Test
    void everyRecordComponentIsDescribedAndNothingElse() {
        Map<String, Class<? extends Record>> defs = Map.ofEntries(
                Map.entry("unit", Unit.class), Map.entry("income", Income.class),
                Map.entry("expenditure", ExpenditureLine.class), Map.entry("basicEconomic", BasicEconomicLine.class),
                Map.entry("carryForward", CarryForward.class), Map.entry("threePublicAmounts", ThreePublicAmounts.class),
                Map.entry("threePublicBySource", ThreePublicBySource.class), Map.entry("paymentMilestone", PaymentMilestone.class),
                Map.entry("indicator", Indicator.class), Map.entry("project", Project.class),
                Map.entry("performanceGoal", PerformanceGoal.class), Map.entry("performance", DepartmentPerformance.class),
                Map.entry("procurementItem", ProcurementItem.class), Map.entry("assetRow", AssetRow.class),
                Map.entry("assets", Assets.class));
        assertThat(properties(schemaNode)).isEqualTo(components(DepartmentBudget.class));
        defs.forEach((name, type) -> assertThat(properties(schemaNode.get("$defs").get(name))).as(name)
                .isEqualTo(components(type)));
    }

    private static Set<String> properties(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
