package org.gongkai.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.narrative.ThreePublicPart;
import org.gongkai.io.headline.HeadlineJson;
import org.gongkai.io.headline.HeadlineReading;
import org.gongkai.io.headline.Subject;
import org.gongkai.io.importing.ImportResult;

/**
 * The headline figures of an imported document as fixed-key JSON (null where the document does not say). The
 * tables win where they exist; a document without tables is summarised from what its explanation states. A 部门决算
 * ({@code "kind": "FINAL_ACCOUNTS"}) gives its 决算数 under the same keys.
 */
public final class SummaryJson {

    private static final java.util.regex.Pattern ITEM_LEAD = java.util.regex.Pattern.compile("^(分别为|分别是|其中|包括|为|是|[：:，,、《》])+");

    private SummaryJson() {
    }

    public static String write(ImportResult result) {
        return write(result, false);
    }

    /**
     * The summary; with {@code explain}, each headline figure's evidence too (where it was read and how). The
     * confidence of each figure, the figures in doubt and the identities checked are always given.
     */
    public static String write(ImportResult result, boolean explain) {
        DepartmentBudget model = result.model();
        BudgetFigures f = model.figures();
        ObjectNode root = GongkaiJson.mapper().createObjectNode();
        root.put("department", model.department().name());
        root.put("year", model.year());
        if (result.facts() != null) {
            root.put("kind", result.facts().kind().name());
            root.put("level", result.facts().level().name());
        }
        // Figures read from the tables and the text, cross-checked: what is not believed is null, never a guess.
        HeadlineReading reading = HeadlineReading.of(result);
        for (Subject subject : List.of(Subject.INCOME_TOTAL, Subject.EXPENDITURE_TOTAL, Subject.BASIC, Subject.PERSONNEL,
                Subject.PUBLIC_FUNDS, Subject.PROJECT)) {
            root.put(subject.key(), reading.value(subject).orElse(null));
        }
        ObjectNode three = root.putObject("threePublic");
        for (Subject subject : Subject.values()) {
            if (subject.threePublic()) {
                three.put(subject.key(), reading.value(subject).orElse(null));
            }
        }
        List<Mention> threePublicText = mentions(model, NarrativeSection.THREE_PUBLIC);
        ThreePublicAmounts lastYear = model.threePublicLastYear();
        threePublic(root.putObject("threePublicLastYear"), lastYear,
                lastYear == null ? null : statedTotal(threePublicText, model.year() - 1).orElse(lastYear.total()));
        root.put("operatingCost", reading.value(Subject.OPERATING_COST).orElse(null));
        root.put("procurementTotal", !model.procurement().isEmpty() ? f.procurementTotal()
                : stated(mentions(model, NarrativeSection.PROCUREMENT), StatedBudgetFigures.PROCUREMENT_TOTAL).orElse(null));
        ArrayNode items = root.putArray("procurementItems");
        for (ProcurementItem item : model.procurement()) {
            items.addObject().put("name", item.projectName() != null ? item.projectName() : item.itemName()).put("amount", item.amount());
        }
        if (result.accounts() != null) {
            // A 决算 states its procurement by kind, not item by item.
            org.gongkai.core.accounts.ProcurementSplit split = result.accounts().procurement();
            root.putObject("procurementSplit").put("goods", split.goods()).put("works", split.works())
                    .put("services", split.services()).put("awardedToSmes", split.awardedToSmes());
        } else if (model.procurement().isEmpty()) {
            statedItems(mentions(model, NarrativeSection.PROCUREMENT), items);
        }
        root.put("fixedAssetsTotal", model.assets() == null ? null : model.assets().total());
        ArrayNode projects = root.putArray("projects");
        for (Project project : model.projects()) {
            projects.addObject().put("name", project.name()).put("code", project.code()).put("amount", project.amount())
                    .put("indicators", project.indicators().size());
        }
        root.put("unparsedCount", result.unparsed().size());
        HeadlineJson.write(root, reading, explain);
        try {
            return GongkaiJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法序列化摘要", e);
        }
    }

    private static void threePublic(ObjectNode node, ThreePublicAmounts amounts, Optional<BigDecimal> total) {
        threePublic(node, amounts, total.orElse(null));
    }

    private static void threePublic(ObjectNode node, ThreePublicAmounts amounts, BigDecimal total) {
        node.put("total", total);
        node.put("abroad", amounts == null ? null : amounts.abroad());
        node.put("vehiclePurchase", amounts == null ? null : amounts.vehiclePurchase());
        node.put("vehicleOperation", amounts == null ? null : amounts.vehicleOperation());
        node.put("reception", amounts == null ? null : amounts.reception());
    }

    private static Optional<BigDecimal> statedTotal(List<Mention> mentions, int year) {
        return mentions.stream().filter(m -> m.isWanYuan() && m.year() != null && m.year() == year && ThreePublicPart.TOTAL.names(m))
                .map(Mention::amount).findFirst();
    }

    /** "安排561万元，分别为开发区专版宣传费40万元，…": the items a text lists after the procurement total. */
    private static void statedItems(List<Mention> mentions, ArrayNode items) {
        boolean afterTotal = false;
        for (Mention mention : mentions) {
            if (StatedBudgetFigures.PROCUREMENT_TOTAL.names(mention)) {
                afterTotal = true;
            } else if (afterTotal && mention.isWanYuan()) {
                String name = ITEM_LEAD.matcher(mention.label().strip()).replaceFirst("").strip();
                if (!name.isEmpty()) {
                    items.addObject().put("name", name).put("amount", mention.amount());
                }
            }
        }
    }

    private static List<Mention> mentions(DepartmentBudget model, NarrativeSection section) {
        String text = model.narrative(section);
        return text == null ? List.of() : StatedFigures.extract(section, text);
    }

    private static Optional<BigDecimal> stated(List<Mention> mentions, StatedBudgetFigures.Label label) {
        return label.first(mentions);
    }
}
