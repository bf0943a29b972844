package org.gongkai.server.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.catalog.OfficialCatalogs;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.workflow.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The derived data of each published version — its tables, findings and headline figures — computed once when it is
 * published and kept in the database beside it; the portal lists versions from it without their models, and reads one
 * version's model, tables and findings only for the page that shows them, through a cache bounded by bytes.
 */
@Service
public class PublishedViews {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedViews.class);

    /** The stored form: plain JSON of the core records, amounts as written (never in scientific notation). */
    static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    private static final TypeReference<List<StatementTable>> TABLES = new TypeReference<>() {
    };
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };
    /** Columns of a listed version: everything but the model. */
    private static final String LISTED = """
            select d.id, d.department_code, d.year, d.version, d.superseded, d.approved_at, d.published_at, d.correction_reason,
                   p.region_code, p.name, coalesce(r.name, p.region_code), v.summary::text, v.errors, v.warnings, d.kind
            from disclosure d join department p on p.code = d.department_code left join region r on r.code = p.region_code
            join published_view v on v.disclosure_id = d.id
            where d.status = 'PUBLISHED'
            """;

    /**
     * A published version's model, tables and findings, as the department page and the downloads need them. For final
     * accounts the model is their 决算数 ({@link FinalAccounts#actuals()}, the budget's shape) and {@code accounts} the
     * whole; null for a budget.
     */
    public record Details(DepartmentBudget model, List<StatementTable> tables, List<Finding> findings, FinalAccounts accounts) {
    }

    /** What a version's page shows and is listed by, derived from its model once. */
    private record Derived(Summary summary, List<StatementTable> tables, List<Finding> findings) {
    }

    private final JdbcClient jdbc;
    /** A read replica, where one is configured, for what never changes once published (see PortalReads). */
    private final org.gongkai.server.persistence.PortalReads reads;
    private final OfficialCatalogs catalogs;
    private final Cache<Long, Details> details;

    public PublishedViews(JdbcClient jdbc, org.gongkai.server.persistence.PortalReads reads, OfficialCatalogs catalogs,
                          @Value("${gongkai.details-cache.max-bytes:64MB}") DataSize maxBytes) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.catalogs = catalogs;
        this.details = Caffeine.newBuilder().maximumWeight(maxBytes.toBytes())
                .<Long, Details>weigher((id, d) -> weight(d)).build();
    }

    /**
     * Computes and stores what a version being published needs; called in the publishing transaction, so the version
     * is never published without it.
     */
    public void store(long disclosureId) {
        String[] stored = jdbc.sql("select d.model::text, p.region_code, d.kind, ("
                        + "select b.model::text from disclosure b where b.department_code = d.department_code and b.year = d.year "
                        + "and b.kind = 'BUDGET' and b.status = 'PUBLISHED' and not b.superseded) "
                        + "from disclosure d join department p on p.code = d.department_code where d.id = ?").param(disclosureId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        // A 决算 is checked against the budget published for its year, as the workflow checked it (R-ACC-12).
        DepartmentBudget budget = stored[3] == null ? null : ModelJson.parse(stored[3], "published budget");
        Derived derived = derive(DisclosureKind.valueOf(stored[2]), stored[0], catalogs.forRegion(stored[1]), "disclosure " + disclosureId,
                budget);
        jdbc.sql("""
                        insert into published_view (disclosure_id, summary, tables, findings, errors, warnings)
                        values (?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?) on conflict (disclosure_id) do nothing""")
                .params(disclosureId, write(derived.summary()), write(derived.tables()), write(derived.findings()),
                        count(derived.findings(), Severity.ERROR), count(derived.findings(), Severity.WARNING)).update();
    }

    /**
     * The tables, findings and headline figures of a model, by the kind it is: a budget's nine tables and rules, or a
     * 决算's nine tables and rules with the headline figures of its 决算数.
     */
    private static Derived derive(DisclosureKind kind, String json, ClassificationCatalog catalog, String source,
                                  DepartmentBudget publishedBudget) {
        if (kind == DisclosureKind.FINAL_ACCOUNTS) {
            FinalAccounts accounts = ModelJson.parseAccounts(json, source);
            Disclosure disclosure = Disclosure.generated(accounts, catalog);
            if (publishedBudget != null) {
                disclosure.againstPublishedBudget(publishedBudget);
            }
            return new Derived(Summary.of(accounts.actuals()), AccountsTables.generateAll(accounts, catalog), RuleRegistry.check(disclosure));
        }
        DepartmentBudget budget = ModelJson.parse(json, source);
        return new Derived(Summary.of(budget), StandardTables.generateAll(budget, catalog),
                RuleRegistry.check(Disclosure.generated(budget, catalog)));
    }

    /**
     * Computes (and reads back) the view of the newest published version without storing anything: run once at start,
     * so that the first publication does not also pay for compiling the rules, the table generators and the readers.
     */
    public void rehearse() {
        jdbc.sql("select model::text, kind from disclosure where status = 'PUBLISHED' order by id desc limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional().ifPresent(newest -> {
                    Derived derived = derive(DisclosureKind.valueOf(newest[1]), newest[0], catalogs.forRegion(""), "rehearsal", null);
                    read(write(derived.tables()), TABLES);
                    read(write(derived.findings()), FINDINGS);
                    read(write(derived.summary()), Summary.class);
                });
    }

    /** Stores the views of published versions that have none (published before views were kept), one by one. */
    public int backfill() {
        List<Long> missing = jdbc.sql("""
                select d.id from disclosure d where d.status = 'PUBLISHED'
                and not exists (select 1 from published_view v where v.disclosure_id = d.id) order by d.id""")
                .query(Long.class).list();
        for (long id : missing) {
            try {
                store(id);
            } catch (RuntimeException e) {
                LOG.warn("published disclosure {} could not be prepared for the portal", id, e);
            }
        }
        return missing.size();
    }

    /** Stores the views a department-year's published versions lack (a version published by a path that did not). */
    public void ensure(String departmentCode, int year) {
        jdbc.sql("""
                select d.id from disclosure d where d.department_code = ? and d.year = ? and d.status = 'PUBLISHED'
                and not exists (select 1 from published_view v where v.disclosure_id = d.id)""")
                .params(departmentCode, year).query(Long.class).list().forEach(this::store);
    }

    /**
     * Every published version, without its model; read on the replica where there is one (at start: publications it
     * has not replayed yet reach this server as notifications and are read on the primary).
     */
    public List<PublishedDisclosure> listing() {
        return reads.jdbc().sql(LISTED + "order by d.id").query(this::listed).list();
    }

    /** The published versions of one department-year. */
    public List<PublishedDisclosure> versions(String departmentCode, int year) {
        return jdbc.sql(LISTED + "and d.department_code = ? and d.year = ? order by d.id").params(departmentCode, year)
                .query(this::listed).list();
    }

    /** One budget's model, read for a bulk file without passing through (and emptying) the cache of hot pages. */
    public DepartmentBudget model(long disclosureId) {
        String sql = "select model::text from disclosure where id = ?";
        String model = reads.jdbc().sql(sql).param(disclosureId).query(String.class).optional()
                .orElseGet(() -> jdbc.sql(sql).param(disclosureId).query(String.class).single());
        return ModelJson.parse(model, "disclosure " + disclosureId);
    }

    Details details(long disclosureId) {
        return details.get(disclosureId, this::load);
    }

    /** A published version never changes: read on the replica, or on the primary while the replica lacks it. */
    private Details load(long disclosureId) {
        return load(reads.jdbc(), disclosureId).orElseGet(() -> load(jdbc, disclosureId).orElseThrow());
    }

    private Optional<Details> load(JdbcClient from, long disclosureId) {
        return from.sql("select d.model::text, v.tables::text, v.findings::text, d.kind from disclosure d join published_view v "
                        + "on v.disclosure_id = d.id where d.id = ?").param(disclosureId)
                .query((rs, n) -> {
                    String source = "disclosure " + disclosureId;
                    FinalAccounts accounts = DisclosureKind.valueOf(rs.getString(4)) == DisclosureKind.FINAL_ACCOUNTS
                            ? ModelJson.parseAccounts(rs.getString(1), source) : null;
                    return new Details(accounts != null ? accounts.actuals() : ModelJson.parse(rs.getString(1), source),
                            read(rs.getString(2), TABLES), read(rs.getString(3), FINDINGS), accounts);
                }).optional();
    }

    private PublishedDisclosure listed(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        DisclosureRecord record = new DisclosureRecord(id, rs.getString(2), rs.getInt(3), rs.getInt(4), Status.PUBLISHED, null, 0,
                null, null, rs.getString(8), rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class),
                rs.getObject(7, OffsetDateTime.class), rs.getString(9), DisclosureKind.valueOf(rs.getString(15)));
        return new PublishedDisclosure(record, rs.getString(10), rs.getString(11), read(rs.getString(12), Summary.class),
                rs.getInt(13), rs.getInt(14), () -> details(id));
    }

    /** An estimate of the parsed records' heap from what they hold (a cell, a finding, a line, a project with its targets). */
    private static int weight(Details d) {
        long cells = d.tables().stream().mapToLong(t -> t.rows().size() * (long) Math.max(1, t.columns().size())).sum();
        return (int) Math.min(Integer.MAX_VALUE, 20_000 + cells * 120 + d.findings().size() * 400L
                + d.model().expenditures().size() * 200L + d.model().projects().size() * 2_000L);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法保存公开版本的派生数据", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("公开版本的派生数据无法读取", e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("公开版本的派生数据无法读取", e);
        }
    }
}
