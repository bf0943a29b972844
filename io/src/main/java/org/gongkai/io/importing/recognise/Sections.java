package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.core.narrative.StatedFigures;
import org.gongkai.core.narrative.StatedThreePublic;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/** The explanation read section by section: its text, and the tables it holds (units, procurement, assets, glossary). */
public final class Sections {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,2}|[一二三四五六七八九十]+)\\s*[、.．]\\s*");

    private final Map<NarrativeSection, StringBuilder> text = new EnumMap<>(NarrativeSection.class);
    private final List<Unit> units = new ArrayList<>();
    private final List<ProcurementItem> procurement = new ArrayList<>();
    private final List<AssetRow> assets = new ArrayList<>();
    private final List<org.gongkai.core.accounts.SelfEvaluation> evaluations = new ArrayList<>();
    private final List<Unparsed> unparsed;

    private Sections(List<Unparsed> unparsed) {
        this.unparsed = unparsed;
    }

    public static Sections read(List<Map.Entry<NarrativeSection, List<Block>>> parts, List<Unparsed> unparsed) {
        Sections sections = new Sections(unparsed);
        for (Map.Entry<NarrativeSection, List<Block>> part : parts) {
            for (Block block : part.getValue()) {
                if (block instanceof Block.Text t) {
                    sections.append(part.getKey(), t.text());
                } else {
                    sections.grid(part.getKey(), (Block.Grid) block);
                }
            }
        }
        return sections;
    }

    private void append(NarrativeSection section, String line) {
        if (line.isBlank()) {
            return;
        }
        StringBuilder builder = text.computeIfAbsent(section, s -> new StringBuilder());
        builder.append(builder.length() == 0 ? "" : "\n").append(line.strip());
    }

    private void grid(NarrativeSection section, Block.Grid grid) {
        Optional<List<Unit>> unitRows = SectionGrids.units(grid);
        if (unitRows.isPresent()) {
            units.addAll(unitRows.get());
            return;
        }
        if (section == NarrativeSection.PROCUREMENT) {
            Optional<List<ProcurementItem>> items = SectionGrids.procurement(grid, unparsed);
            if (items.isPresent()) {
                procurement.addAll(items.get());
                return;
            }
        }
        if (section == NarrativeSection.PERFORMANCE) {
            Optional<List<org.gongkai.core.accounts.SelfEvaluation>> evaluated = SectionGrids.evaluations(grid, unparsed);
            if (evaluated.isPresent()) {
                evaluations.addAll(evaluated.get());
                return;
            }
        }
        Optional<List<AssetRow>> assetRows = SectionGrids.assets(grid, unparsed);
        if (assetRows.isPresent()) {
            assets.addAll(assetRows.get());
            return;
        }
        Optional<String> glossary = SectionGrids.glossary(grid);
        if (glossary.isPresent()) {
            append(NarrativeSection.GLOSSARY, glossary.get());
            return;
        }
        if (grid.rows().stream().allMatch(r -> r.stream().allMatch(Cells::isBlank) || r.size() <= 2)) {
            grid.rows().forEach(r -> append(section, String.join(" ", r)));
            return;
        }
        unparsed.add(new Unparsed(grid.where(), grid.rows().toString(), "说明“" + section + "”部分中未识别的表格"));
    }

    /** The self-evaluations the performance section tabulates, a row each. */
    public List<org.gongkai.core.accounts.SelfEvaluation> evaluations() {
        return List.copyOf(evaluations);
    }

    public Map<NarrativeSection, String> narrative() {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        text.forEach((section, builder) -> narrative.put(section, builder.toString()));
        return narrative;
    }

    public List<Unit> units() {
        return units;
    }

    public List<ProcurementItem> procurement() {
        return procurement;
    }

    public List<AssetRow> assetRows() {
        return assets;
    }

    private List<Mention> mentions(NarrativeSection section) {
        return text.containsKey(section) ? StatedFigures.extract(section, text.get(section).toString()) : List.of();
    }

    /**
     * This year's "三公" as the text states it, for documents that publish no table 9 — only when every part is
     * stated (in 元 too, when exact to the 分 of 万元: 「因公出国（境）费0元」).
     */
    public Optional<ThreePublicAmounts> threePublicStated(int year, boolean finalAccounts) {
        return StatedThreePublic.forYear(mentions(NarrativeSection.THREE_PUBLIC), year, year, finalAccounts)
                .filter(a -> a.abroad() != null && a.vehiclePurchase() != null && a.vehicleOperation() != null && a.reception() != null);
    }

    public Optional<ThreePublicAmounts> threePublicLastYear(int year, boolean finalAccounts) {
        return StatedThreePublic.forYear(mentions(NarrativeSection.THREE_PUBLIC), year - 1, year, finalAccounts);
    }

    public Optional<BigDecimal> operatingCost() {
        return money(NarrativeSection.OPERATING_COST, StatedBudgetFigures.OPERATING_COST);
    }

    public Optional<BigDecimal> fixedAssetsStated() {
        return StatedBudgetFigures.FIXED_ASSETS.first(mentions(NarrativeSection.ASSETS)).filter(a -> a.signum() >= 0)
                .map(a -> Money.normalizeAtLeastTwoDecimals(a, "资产"));
    }

    public Optional<BigDecimal> plannedPurchasesStated() {
        return StatedBudgetFigures.PLANNED_PURCHASES.first(mentions(NarrativeSection.ASSETS)).filter(a -> a.signum() >= 0)
                .map(a -> Money.normalizeAtLeastTwoDecimals(a, "资产"));
    }

    /** A figure the given section states, in 万元 with at most two decimals. */
    Optional<BigDecimal> money(NarrativeSection section, StatedBudgetFigures.Label label) {
        return label.first(mentions(section)).filter(a -> a.signum() >= 0 && a.stripTrailingZeros().scale() <= 2)
                .map(a -> Money.normalize(a, "金额"));
    }

    /** 部门整体绩效目标: the lines under 总体绩效目标, 分项绩效目标 and 工作保障措施. */
    public Optional<DepartmentPerformance> performance() {
        StringBuilder performance = text.get(NarrativeSection.PERFORMANCE);
        if (performance == null) {
            return Optional.empty();
        }
        List<String> overall = new ArrayList<>();
        List<PerformanceGoal> goals = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        String part = "";
        String area = null;
        String goal = null;
        for (String line : performance.toString().split("\n")) {
            String plain = Titles.plain(line);
            if (plain.startsWith("总体绩效目标") || plain.startsWith("分项绩效目标") || plain.startsWith("工作保障措施")) {
                part = plain.substring(0, 2);
                continue;
            }
            String item = ITEM_NUMBER.matcher(line).replaceFirst("").strip();
            switch (part) {
                case "总体" -> overall.add(item);
                case "分项" -> {
                    if (item.startsWith("绩效目标：") || item.startsWith("绩效目标:")) {
                        goal = item.substring(5).strip();
                    } else if ((item.startsWith("绩效指标：") || item.startsWith("绩效指标:")) && goal != null) {
                        goals.add(new PerformanceGoal(area, goal, item.substring(5).strip()));
                        goal = null;
                    } else if (line.matches("^\\s*[一二三四五六七八九十]+、.*") || item.length() <= 12) {
                        area = item;
                    } else {
                        goals.add(new PerformanceGoal(area, item, null));
                    }
                }
                case "工作" -> {
                    if (ITEM_NUMBER.matcher(line).find() || safeguards.isEmpty()) {
                        safeguards.add(item);
                    } else {
                        safeguards.set(safeguards.size() - 1, safeguards.get(safeguards.size() - 1) + item);
                    }
                }
                default -> { }
            }
        }
        return Optional.of(new DepartmentPerformance(overall, goals, safeguards));
    }
}
