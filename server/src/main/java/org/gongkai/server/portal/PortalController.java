package org.gongkai.server.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.RuleCatalogue;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.exporting.HtmlWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: home, department-year, comparison, region overview, search, the rules, and each disclosure's downloads. */
@Controller
public class PortalController {

    private final Portal portal;
    private final ObjectMapper json;
    private final Map<String, Exporter.Download> downloads = new ConcurrentHashMap<>();

    public PortalController(Portal portal, ObjectMapper json) {
        this.portal = portal;
        this.json = json;
        portal.onChange(downloads::clear);
    }

    /** Every export format by name, for the download links and their labels on any portal page. */
    @ModelAttribute("formats")
    public Map<String, Exporter.Format> formats() {
        Map<String, Exporter.Format> formats = new LinkedHashMap<>();
        for (Exporter.Format format : Exporter.Format.values()) {
            formats.put(format.name(), format);
        }
        return formats;
    }

    @GetMapping("/")
    public String home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String region,
                       @RequestParam(required = false) String sort, @RequestParam(name = "page", defaultValue = "1") int pageNumber, Model page)
            throws JsonProcessingException {
        PageData.Home home = PageData.home(portal.snapshot(), year, region, PageData.Order.of(sort), pageNumber);
        page.addAttribute("orders", PageData.Order.values());
        page.addAttribute("home", home);
        page.addAttribute("classChart", json.writeValueAsString(Charts.byClass(home.byClass())));
        return "portal/home";
    }

    /**
     * One kind's part of a department-year's page: its data, its tables as HTML, and where they stand on the page (the
     * section of the nine, and each table's anchor before its number).
     */
    public record Shown(PageData.Department d, List<String> tables, String section, String anchor, String downloadQuery) {

        static Shown of(PageData.Department d) {
            List<String> tables = new ArrayList<>();
            for (StatementTable table : d.tables()) {
                tables.add(HtmlWriter.table(table, Kinds.rowPrefix(d.kind()) + table.kind().number()));
            }
            // A budget's files keep their addresses; a 决算's name their kind (a superseded version, its number too).
            String version = d.superseded() ? "version=" + d.version() : "";
            String query = d.kind() == DisclosureKind.BUDGET ? (version.isEmpty() ? "" : "?" + version)
                    : "?kind=" + d.kind().name() + (version.isEmpty() ? "" : "&" + version);
            return new Shown(d, tables, Kinds.tablesSection(d.kind()), Kinds.tableAnchor(d.kind()), query);
        }
    }

    /**
     * A department-year: its current budget and, once published, its 决算 beside it — how the budget was executed, by
     * headline figure and function class, then each kind's tables, findings and versions. With a kind (and a version)
     * the page shows that one version alone; a version without a kind is the budget's.
     */
    @GetMapping("/d/{code}/{year}")
    public String department(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) Integer version,
                             @RequestParam(required = false) String kind, Model page) throws JsonProcessingException {
        Snapshot snapshot = portal.snapshot();
        List<PublishedDisclosure> shown;
        if (version != null || kind != null) {
            shown = snapshot.find(code, year, kindOf(kind, code, year, version), version).stream().toList();
        } else {
            shown = java.util.stream.Stream.of(DisclosureKind.values()).flatMap(k -> snapshot.find(code, year, k, null).stream()).toList();
        }
        if (shown.isEmpty()) {
            throw new NotPublished(code, year, version);
        }
        PublishedDisclosure p = shown.get(0);
        PageData.Department d = PageData.department(snapshot, p);
        page.addAttribute("d", d);
        Shown main = Shown.of(d);
        page.addAttribute("main", main);
        page.addAttribute("shown", List.of(main));
        page.addAttribute("heading", shown.size() > 1 ? "部门预算和决算" : p.kind().chinese());
        if (shown.size() > 1) {
            PublishedDisclosure accounts = shown.get(1);
            PageData.Execution execution = Executions.of(p, accounts);
            Shown besides = Shown.of(PageData.department(snapshot, accounts));
            page.addAttribute("accounts", besides);
            page.addAttribute("shown", List.of(main, besides));
            page.addAttribute("execution", execution);
            page.addAttribute("executionChart", json.writeValueAsString(Charts.execution(execution)));
        }
        page.addAttribute("downloadBase", "/d/" + p.departmentCode() + "/" + p.year() + "/download/");
        page.addAttribute("classChart", json.writeValueAsString(Charts.byClass(d.summary().byClass())));
        page.addAttribute("splitChart", json.writeValueAsString(Charts.basicVsProject(d.summary())));
        page.addAttribute("trendChart", json.writeValueAsString(Charts.threePublicTrend(d.threePublicTrend())));
        return "portal/department";
    }

    /** The kind a page asks for by its name (BUDGET, FINAL_ACCOUNTS); none is the budget, any other name is not published. */
    private static DisclosureKind kindOf(String kind, String code, int year, Integer version) {
        if (kind == null) {
            return DisclosureKind.BUDGET;
        }
        try {
            return DisclosureKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new NotPublished(code, year, version);
        }
    }

    /** A version's package in one format: a budget's, or with {@code kind=FINAL_ACCOUNTS} a 决算's. */
    @GetMapping("/d/{code}/{year}/download/{format}")
    public ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable int year, @PathVariable String format,
                                           @RequestParam(required = false) Integer version, @RequestParam(required = false) String kind)
            throws IOException {
        Exporter.Format chosen;
        try {
            chosen = Exporter.Format.valueOf(format.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotPublished(code, year, version);
        }
        PublishedDisclosure p = portal.snapshot().find(code, year, kindOf(kind, code, year, version), version)
                .orElseThrow(() -> new NotPublished(code, year, version));
        Exporter.Download file = downloads.computeIfAbsent(code + "/" + year + "/" + p.kind() + "/" + p.version() + "/" + chosen,
                k -> export(p, chosen));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.bytes());
    }

    /** Departments a compare picker shows for a text that names none exactly. */
    static final int PICKER_CHOICES = 20;

    /**
     * Pickers take a department's code or (part of) its name: a text naming one department compares it; one naming
     * several lists them (at most {@link #PICKER_CHOICES}) to choose from.
     */
    @GetMapping("/compare")
    public String compare(@RequestParam(required = false) String department, @RequestParam(required = false) String a,
                          @RequestParam(required = false) String b, @RequestParam(required = false) Integer year, Model page)
            throws JsonProcessingException {
        Snapshot snapshot = portal.snapshot();
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        String one = resolve(snapshot, "department", department, choices);
        String left = resolve(snapshot, "a", a, choices);
        String right = resolve(snapshot, "b", b, choices);
        page.addAttribute("years", snapshot.years());
        page.addAttribute("choices", choices);
        PageData.Comparison comparison = choices.isEmpty() ? Comparisons.of(snapshot, one, left, right, year).orElse(null) : null;
        page.addAttribute("comparison", comparison);
        page.addAttribute("compareChart", comparison == null ? null : json.writeValueAsString(Charts.comparison(comparison)));
        page.addAttribute("department", department);
        page.addAttribute("a", a);
        page.addAttribute("b", b);
        page.addAttribute("year", year);
        return "portal/compare";
    }

    /** The code a picker's text names; when it names none or several, what it could mean goes to {@code choices}. */
    private static String resolve(Snapshot snapshot, String field, String text, Map<String, Map<String, String>> choices) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Map<String, String> found = snapshot.departmentsNamed(text, PICKER_CHOICES);
        if (found.size() == 1) {
            return found.keySet().iterator().next();
        }
        choices.put(field, found);
        return null;
    }

    @GetMapping("/region/{code}")
    public String region(@PathVariable String code, @RequestParam(required = false) Integer year, Model page)
            throws JsonProcessingException {
        Snapshot snapshot = portal.snapshot();
        String name = snapshot.regions().get(code);
        if (name == null) {
            throw new NotPublished(code, year == null ? 0 : year, null);
        }
        PageData.Region region = PageData.region(snapshot, code, name, year);
        page.addAttribute("r", region);
        page.addAttribute("classChart", json.writeValueAsString(Charts.byClass(region.byClass())));
        page.addAttribute("executionChart", json.writeValueAsString(Charts.executionRanking(region.execution())));
        page.addAttribute("rankingChart", json.writeValueAsString(Charts.ranking(region.threePublicRanking())));
        page.addAttribute("seriesChart", json.writeValueAsString(Charts.regionSeries(region)));
        return "portal/region";
    }

    /** The checks every published disclosure goes through, in Chinese, from the rules themselves (as docs/rules.md). */
    @GetMapping("/rules")
    public String rules(Model page) {
        page.addAttribute("families", RuleCatalogue.families(RuleRegistry.all()));
        page.addAttribute("ruleCount", RuleRegistry.all().size());
        return "portal/rules";
    }

    /** The year's 支出功能分类 as built in: the tree, a search by code or name, and what changed from the year before. */
    @GetMapping("/catalog/{year}")
    public String catalog(@org.springframework.web.bind.annotation.PathVariable int year, @RequestParam(required = false) String q,
                          Model page) {
        page.addAttribute("catalog", CatalogPage.of(year, q));
        return "portal/catalog";
    }

    @GetMapping("/search")
    public String search(@RequestParam(required = false) String q, Model page) {
        page.addAttribute("search", new PageData.Search(q, portal.search(q)));
        return "portal/search";
    }

    private static Exporter.Download export(PublishedDisclosure p, Exporter.Format format) {
        try {
            // The cover is dated with the month it was published in.
            java.time.LocalDate published = p.publishedAt() == null ? null : p.publishedAt().toLocalDate();
            return p.kind() == DisclosureKind.FINAL_ACCOUNTS ? Exporter.download(p.accounts().orElseThrow(), format, published)
                    : Exporter.download(p.model(), format, published);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
