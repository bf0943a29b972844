package org.gongkai.server.workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.exporting.HtmlWriter;
import org.gongkai.io.template.TemplateLabels;
import org.gongkai.server.api.DisclosureService;
import org.gongkai.server.api.DisclosureView;
import org.gongkai.server.persistence.DisclosureRecord;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * What a 决算's pages show: its forms filled from the model (each 项's 年初预算数, 调整预算数 and 决算数 on one row), its
 * preview (the nine 决算 tables and the explanation as they will be published) and its PDF.
 */
final class AccountsView {

    private static final AccountsLabels LABELS = AccountsLabels.builtIn();

    private AccountsView() {
    }

    /** One row of the 支出 form: a 项 × kind × source with what was budgeted and what was spent. */
    public record Line(String code, String name, String kind, String source, BigDecimal initial, BigDecimal adjusted, BigDecimal actual) {
    }

    /** One source's balances on the 结转和结余 form. */
    public record Balance(String source, BigDecimal opening, BigDecimal closing) {
    }

    static void forms(FinalAccounts accounts, YearCatalog catalog, Model page) {
        page.addAttribute("labels", LABELS);
        page.addAttribute("a", accounts);
        page.addAttribute("sources", TemplateLabels.SOURCES);
        page.addAttribute("kinds", TemplateLabels.KINDS);
        page.addAttribute("costs", TemplateLabels.COSTS);
        page.addAttribute("sections", TemplateLabels.ACCOUNTS_SECTIONS);
        // What was carried in from last year is a balance, on the 结转和结余 form.
        page.addAttribute("incomes", accounts.actuals().incomes().stream().filter(i -> !i.carriedOver()).toList());
        page.addAttribute("lines", lines(accounts, catalog));
        page.addAttribute("balances", balances(accounts));
        page.addAttribute("functionCodes", WorkspaceController.functionItems(catalog));
        page.addAttribute("economicCodes", WorkspaceController.economicItems(catalog));
        page.addAttribute("threePublicSpent", accounts.actuals().threePublic().stream()
                .filter(t -> t.source() == FundingSource.GENERAL_PUBLIC_BUDGET).map(t -> t.amounts()).findFirst()
                .orElse(ThreePublicAmounts.NONE));
        page.addAttribute("threePublicItems", LABELS.threePublic());
    }

    /** The budgeted lines and the 决算数 joined by 项 × kind × source, in the order they first appear. */
    static List<Line> lines(FinalAccounts accounts, YearCatalog catalog) {
        Map<String, Line> rows = new LinkedHashMap<>();
        for (BudgetedLine b : accounts.budgeted()) {
            rows.merge(AccountsForms.key(b.functionCode(), b.kind(), b.source()), new Line(b.functionCode().value(),
                    catalog.functionName(b.functionCode().value()), TemplateLabels.KINDS.get(b.kind()), TemplateLabels.SOURCES.get(b.source()),
                    b.initial(), b.adjusted(), null), AccountsView::join);
        }
        for (ExpenditureLine l : accounts.actuals().expenditures()) {
            rows.merge(AccountsForms.key(l.functionCode(), l.kind(), l.source()), new Line(l.functionCode().value(),
                    catalog.functionName(l.functionCode().value()), TemplateLabels.KINDS.get(l.kind()), TemplateLabels.SOURCES.get(l.source()),
                    null, null, l.amount()), AccountsView::join);
        }
        return new ArrayList<>(rows.values());
    }

    private static Line join(Line a, Line b) {
        return new Line(a.code(), a.name(), a.kind(), a.source(), add(a.initial(), b.initial()), add(a.adjusted(), b.adjusted()),
                add(a.actual(), b.actual()));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    static List<Balance> balances(FinalAccounts accounts) {
        List<Balance> rows = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            boolean opened = accounts.balances().opening().stream().anyMatch(c -> c.source() == source);
            boolean closed = accounts.balances().closing().stream().anyMatch(c -> c.source() == source);
            if (opened || closed) {
                rows.add(new Balance(TemplateLabels.SOURCES.get(source), opened ? accounts.balances().opening(source) : null,
                        closed ? accounts.balances().closing(source) : null));
            }
        }
        return rows;
    }

    /** The preview page of a 决算: its nine tables as published, then its explanation. */
    static String preview(DisclosureService service, DisclosureRecord record, Model page) {
        FinalAccounts accounts = service.accounts(record);
        Disclosure disclosure = Disclosure.generated(accounts, service.catalogOf(record.departmentCode()));
        List<Map<String, String>> tables = new ArrayList<>();
        for (StandardTable kind : StandardTable.of(disclosure.kind())) {
            disclosure.table(kind).ifPresent(table -> tables.add(Map.of("id", "table-" + kind.number(),
                    "title", "表" + kind.number() + " " + table.title(), "html", HtmlWriter.table(table, "t" + kind.number()))));
        }
        page.addAttribute("d", DisclosureView.of(record));
        page.addAttribute("departmentName", accounts.actuals().department().name());
        page.addAttribute("tables", tables);
        page.addAttribute("catalogProblems", disclosure.catalogProblems());
        page.addAttribute("sections", TemplateLabels.ACCOUNTS_SECTIONS);
        page.addAttribute("m", accounts.actuals());
        return "work/preview";
    }

    /** The 决算's PDF as it will be published. */
    static ResponseEntity<byte[]> pdf(DisclosureService service, DisclosureRecord record) throws IOException {
        Exporter.Download pdf = Exporter.download(service.accounts(record), Exporter.Format.pdf, coverDate(record));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename*=UTF-8''" + java.net.URLEncoder.encode(pdf.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .body(pdf.bytes());
    }

    /** The day a version's cover is dated with: when it was published, else approved; none while it is a draft. */
    static java.time.LocalDate coverDate(DisclosureRecord record) {
        var at = record.publishedAt() != null ? record.publishedAt() : record.approvedAt();
        return at == null ? null : at.toLocalDate();
    }
}
