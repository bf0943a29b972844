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
import org.gongkai.core.narrative.StatedThreePublic;
import org.gongkai.core.narrative.ThreePublicPart;
import org.gongkai.io.headline.Figure;
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

    /** The figure as believed; what the model holds only when no evidence speaks of it at all. */
    private static BigDecimal believed(HeadlineReading reading, Subject subject, java.util.function.Supplier<BigDecimal> otherwise) {
        Figure figure = reading.figure(subject);
        return figure.confidence() != Figure.Confidence.NONE ? figure.value() : otherwise.get();
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
        boolean tables = !model.expenditures().isEmpty() || !model.incomes().isEmpty();
        List<Mention> overview = mentions(model, NarrativeSection.OVERVIEW);
        ObjectNode root = GongkaiJson.mapper().createObjectNode();
        root.put("department", model.department().name());
        root.put("year", model.year());
        if (result.facts() != null) {
            root.put("kind", result.facts().kind().name());
            root.put("level", result.facts().level().name());
        }
        // Figures read from the tables and the text, cross-checked; the model (tables as the older reader took them) only
        // where no evidence at all speaks of a figure.
        HeadlineReading reading = HeadlineReading.of(result);
        root.put("incomeTotal", believed(reading, Subject.INCOME_TOTAL, () -> tables ? f.incomeTotal()
                : StatedBudgetFigures.APPROPRIATION_INCOME.first(overview).orElse(null)));
        root.put("expenditureTotal", believed(reading, Subject.EXPENDITURE_TOTAL, () -> tables ? f.expenditureTotal() : null));
        root.put("basic", believed(reading, Subject.BASIC, () -> tables ? f.basic() : null));
        root.put("personnel", believed(reading, Subject.PERSONNEL, () -> !model.basicEconomic().isEmpty() ? f.personnel() : null));
        root.put("publicFunds", believed(reading, Subject.PUBLIC_FUNDS, () -> !model.basicEconomic().isEmpty() ? f.publicFunds() : null));
        root.put("project", believed(reading, Subject.PROJECT, () -> tables ? f.project() : null));
        List<Mention> threePublicText = mentions(model, NarrativeSection.THREE_PUBLIC);
        ThreePublicAmounts modelled = model.threePublic().isEmpty()
                ? StatedThreePublic.forYear(threePublicText, model.year(), model.year()).orElse(null) : f.threePublic();
        ObjectNode three = root.putObject("threePublic");
        three.put("total", believed(reading, Subject.THREE_PUBLIC_TOTAL, () -> model.threePublic().isEmpty() ? null : f.threePublic().total()));
        three.put("abroad", believed(reading, Subject.ABROAD, () -> modelled == null ? null : modelled.abroad()));
        three.put("vehiclePurchase", believed(reading, Subject.VEHICLE_PURCHASE, () -> modelled == null ? null : modelled.vehiclePurchase()));
        three.put("vehicleOperation", believed(reading, Subject.VEHICLE_OPERATION, () -> modelled == null ? null : modelled.vehicleOperation()));
        three.put("reception", believed(reading, Subject.RECEPTION, () -> modelled == null ? null : modelled.reception()));
        ThreePublicAmounts lastYear = model.threePublicLastYear();
        threePublic(root.putObject("threePublicLastYear"), lastYear,
                lastYear == null ? null : statedTotal(threePublicText, model.year() - 1).orElse(lastYear.total()));
        root.put("operatingCost", believed(reading, Subject.OPERATING_COST, model::operatingCost));
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
