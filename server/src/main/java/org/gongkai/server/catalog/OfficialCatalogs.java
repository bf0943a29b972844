package org.gongkai.server.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.core.classification.CatalogDifferences;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.CatalogLine;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.OfficialCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.catalog.CatalogFile;
import org.gongkai.io.catalog.CatalogFileReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official catalogs an administrator loads, and the catalog in force for a region: for each year, the list loaded
 * for the most specific region containing it (310107 ⊂ 310100 ⊂ 310000), else the one loaded for every region, else the
 * built-in one.
 */
@Service
public class OfficialCatalogs {

    /** A loaded file before it is applied: what it holds and how it differs from the catalog in force. */
    public record Loaded(CatalogVersion version, Differences differences) {
    }

    /** The differences of the function and economic codes. */
    public record Differences(CatalogDifferences functions, CatalogDifferences economics, boolean carriesEconomics,
                              Retirement retirement) {

        public String summary() {
            return "功能分类" + functions.summary() + (carriesEconomics ? "；经济分类" + economics.summary() : "；文件不含经济分类，沿用现行经济分类");
        }
    }

    /** Applying a version that would retire many codes without the count typed ({@link Retirement}). */
    public static class RetirementNotConfirmed extends IllegalStateException {
        RetirementNotConfirmed(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final Map<String, ClassificationCatalog> byRegion = new ConcurrentHashMap<>();
    /** When the last version was applied or discarded, as the cache above was built: another server may apply one. */
    private volatile String builtAt = "";
    /** When another server's decisions were last looked for (nanoTime); 0 forces a look. */
    private volatile long checkedAt;
    /** How stale a decision made on another server may be here: one look a second, not one query a request. */
    static final long CHECK_NANOS = 1_000_000_000L;

    public OfficialCatalogs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads and judges the file and keeps it as a PENDING version; a file with any problem is refused whole
     * ({@link org.gongkai.core.classification.InvalidCatalog}) and nothing is written.
     */
    @Transactional
    public Loaded load(String fileName, byte[] bytes, int year, String regionCode, String actor) {
        String region = region(regionCode);
        CatalogFile file = CatalogFileReader.read(fileName, bytes);
        OfficialCatalog official = OfficialCatalog.of(fileName, year, file.lines());
        long id = jdbc.sql("""
                        insert into catalog_version (year, region_code, file_name, sha256, state, function_count, economic_count,
                            file_summary, loaded_by) values (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?) returning id""")
                .params(year, region, fileName, sha256(bytes), official.functions().size(), official.economics().size(),
                        file.summary(), actor).query(Long.class).single();
        List<CatalogEntry> entries = new ArrayList<>(official.functions().values());
        entries.addAll(official.economics().values());
        jdbc.sql("insert into catalog_version_entry (version_id, code, name, glossary) select ?, code, name, glossary "
                        + "from unnest(?::text[], ?::text[], ?::text[]) as e(code, name, glossary)")
                .params(id, entries.stream().map(CatalogEntry::code).toArray(String[]::new),
                        entries.stream().map(CatalogEntry::name).toArray(String[]::new),
                        entries.stream().map(CatalogEntry::glossary).toArray(String[]::new)).update();
        audit(actor, "载入" + year + "年分类目录 " + fileName + "（" + labelOf(region) + "，第 " + id + " 版，待确认）：" + file.summary());
        CatalogVersion version = version(id).orElseThrow();
        return new Loaded(version, differences(version));
    }

    /** Puts a pending (or an earlier) version in force for its year and region; the one in force before is kept, superseded. */
    @Transactional
    public CatalogVersion apply(long id, String actor) {
        return apply(id, actor, null);
    }

    /**
     * As {@link #apply(long, String)}, once a version that would retire many codes is confirmed by its count typed
     * ({@link Retirement}): the count is judged against the catalog in force now, not as it was when the page was shown.
     */
    @Transactional
    public CatalogVersion apply(long id, String actor, String typedRetired) {
        CatalogVersion version = version(id).orElseThrow(() -> new IllegalArgumentException("没有第 " + id + " 版分类目录"));
        if (version.state() == CatalogVersion.State.IN_FORCE || version.state() == CatalogVersion.State.DISCARDED) {
            throw new IllegalStateException("第 " + id + " 版分类目录" + version.state().chinese() + "，不能应用");
        }
        Differences differences = differences(version);
        if (!differences.retirement().confirmedBy(typedRetired)) {
            throw new RetirementNotConfirmed(differences.retirement().refusal(typedRetired));
        }
        jdbc.sql("update catalog_version set state = 'SUPERSEDED' where year = ? and region_code = ? and state = 'IN_FORCE'")
                .params(version.year(), version.regionCode()).update();
        jdbc.sql("update catalog_version set state = 'IN_FORCE', decided_by = ?, decided_at = now() where id = ?")
                .params(actor, id).update();
        lookAgainAfterCommit();
        audit(actor, "应用" + version.year() + "年分类目录第 " + id + " 版（" + labelOf(version.regionCode()) + "，" + version.fileName() + "）："
                + differences.summary() + (differences.retirement().needsTypedCount() ? "（停用数已输入确认）" : ""));
        return version(id).orElseThrow();
    }

    @Transactional
    public CatalogVersion discard(long id, String actor) {
        CatalogVersion version = version(id).orElseThrow(() -> new IllegalArgumentException("没有第 " + id + " 版分类目录"));
        if (version.state() != CatalogVersion.State.PENDING) {
            throw new IllegalStateException("第 " + id + " 版分类目录" + version.state().chinese() + "，只有待确认的版本可以放弃");
        }
        jdbc.sql("update catalog_version set state = 'DISCARDED', decided_by = ?, decided_at = now() where id = ?").params(actor, id).update();
        lookAgainAfterCommit();
        audit(actor, "放弃" + version.year() + "年分类目录第 " + id + " 版（" + version.fileName() + "）");
        return version(id).orElseThrow();
    }

    public List<CatalogVersion> versions() {
        return jdbc.sql("select * from catalog_version order by year desc, region_code, id desc").query(OfficialCatalogs::row).list();
    }

    public Optional<CatalogVersion> version(long id) {
        return jdbc.sql("select * from catalog_version where id = ?").param(id).query(OfficialCatalogs::row).optional();
    }

    /** How a version's codes differ from the catalog in force for its year and region now. */
    public Differences differences(CatalogVersion version) {
        YearCatalog now = forRegion(version.regionCode()).forYear(version.year());
        OfficialCatalog list = official(version);
        CatalogDifferences functions = CatalogDifferences.between(now.functionsInForce(), list.functions());
        CatalogDifferences economics = CatalogDifferences.between(now.economicsInForce(),
                list.economics().isEmpty() ? now.economicsInForce() : list.economics());
        return new Differences(functions, economics, !list.economics().isEmpty(),
                new Retirement(functions.withdrawn().size() + economics.withdrawn().size(),
                        now.functionsInForce().size() + (list.economics().isEmpty() ? 0 : now.economicsInForce().size())));
    }

    /** Once the decision is committed, the next request here looks for it (before that it would read the old one). */
    private void lookAgainAfterCommit() {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            checkedAt = 0;
                        }
                    });
        } else {
            checkedAt = 0;
        }
    }

    /**
     * The catalog a department of this region uses (a null or empty region: the one of every region). A version
     * applied on this server is in force here at once; one applied on another server within {@link #CHECK_NANOS}.
     */
    public ClassificationCatalog forRegion(String regionCode) {
        long now = System.nanoTime();
        if (checkedAt == 0 || now - checkedAt > CHECK_NANOS) {
            String decided = jdbc.sql("select coalesce(max(decided_at)::text, '') from catalog_version").query(String.class).single();
            if (!decided.equals(builtAt)) {
                byRegion.clear();
                builtAt = decided;
            }
            checkedAt = now;
        }
        return byRegion.computeIfAbsent(region(regionCode), this::build);
    }

    /** The catalog of the department's region. */
    public ClassificationCatalog forDepartment(String departmentCode) {
        return forRegion(jdbc.sql("select region_code from department where code = ?").param(departmentCode)
                .query(String.class).optional().orElse(""));
    }

    private ClassificationCatalog build(String region) {
        Map<Integer, CatalogVersion> chosen = new HashMap<>();
        for (CatalogVersion v : jdbc.sql("select * from catalog_version where state = 'IN_FORCE'").query(OfficialCatalogs::row).list()) {
            if (contains(v.regionCode(), region)) {
                chosen.merge(v.year(), v, (a, b) -> scope(a.regionCode()).length() >= scope(b.regionCode()).length() ? a : b);
            }
        }
        return ClassificationCatalog.builtIn().withOfficial(chosen.values().stream().map(this::official).toList());
    }

    private OfficialCatalog official(CatalogVersion version) {
        List<CatalogLine> lines = jdbc.sql("select code, name, glossary from catalog_version_entry where version_id = ? order by code")
                .param(version.id()).query((rs, n) -> new CatalogLine(rs.getString(1), rs.getString(2), rs.getString(3), "第 " + (n + 1) + " 条"))
                .list();
        return OfficialCatalog.of(version.fileName(), version.year(), lines);
    }

    /** Whether a list loaded for {@code loaded} applies to a department of {@code region}: 310000 holds 310107. */
    static boolean contains(String loaded, String region) {
        return loaded.isEmpty() || region.startsWith(scope(loaded));
    }

    /** The code without its trailing 「00」 pairs: the prefix every region inside it shares. */
    private static String scope(String region) {
        String scope = region;
        while (scope.length() > 2 && scope.endsWith("00")) {
            scope = scope.substring(0, scope.length() - 2);
        }
        return scope;
    }

    private static String region(String regionCode) {
        String region = regionCode == null ? "" : regionCode.strip();
        if (!region.isEmpty() && !region.matches("\\d{6,12}")) {
            throw new IllegalArgumentException("行政区划代码应为 6 至 12 位数字，实际为“" + region + "”");
        }
        return region;
    }

    private static String labelOf(String region) {
        return region.isEmpty() ? "全部地区" : "区划 " + region;
    }

    private void audit(String actor, String summary) {
        jdbc.sql("insert into audit_log (actor, action, summary) values (?, 'CATALOG', ?)").params(actor, summary).update();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CatalogVersion row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CatalogVersion(rs.getLong("id"), rs.getInt("year"), rs.getString("region_code"), rs.getString("file_name"),
                rs.getString("sha256"), CatalogVersion.State.valueOf(rs.getString("state")), rs.getInt("function_count"),
                rs.getInt("economic_count"), rs.getString("file_summary"), rs.getString("loaded_by"),
                rs.getObject("loaded_at", java.time.OffsetDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", java.time.OffsetDateTime.class));
    }
}
