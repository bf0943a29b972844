package org.gongkai.server.scale;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.portal.PublishedViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --gongkai.scale.load=N}: adds N published disclosures the way the server stores them, then stops the server.
 * The sample disclosures are the templates: each is published once through {@link PublishedViews#store} (its tables,
 * findings and headline figures computed by the server's own code), then copied inside PostgreSQL to departments
 * 「规模测试部门i」 in regions of about 100 departments — every department one disclosure of each sample year — so that
 * loading 100,000 takes minutes, not the hours of computing each copy anew; the search index is then brought up to
 * date, as the server keeps it. Used by bench/scale.sh only.
 */
@Component
@Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty("gongkai.scale.load")
public class ScaleLoad implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleLoad.class);
    private static final int FIRST_CODE = 100000;
    private static final int DEPARTMENTS_PER_REGION = 100;
    private static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final DisclosureRepository repository;
    private final PublishedViews views;
    private final ConfigurableApplicationContext context;
    private final org.gongkai.server.portal.Portal portal;

    public ScaleLoad(JdbcClient jdbc, DisclosureRepository repository, PublishedViews views, ConfigurableApplicationContext context,
                     org.gongkai.server.portal.Portal portal) {
        this.portal = portal;
        this.jdbc = jdbc;
        this.repository = repository;
        this.views = views;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int wanted = Integer.parseInt(context.getEnvironment().getRequiredProperty("gongkai.scale.load"));
        long started = System.nanoTime();
        views.backfill();
        List<Template> templates = templates();
        List<Integer> years = templates.stream().map(Template::year).distinct().sorted().toList();
        int departments = (wanted + years.size() - 1) / years.size();
        int regions = Math.max(1, departments / DEPARTMENTS_PER_REGION);
        jdbc.sql("insert into region (code, name) select '99' || lpad(r::text, 4, '0'), '规模测试区' || r "
                + "from generate_series(1, ?) r on conflict do nothing").param(regions).update();
        int loaded = 0;
        for (int from = 0; from < departments; from += BATCH) {
            int to = Math.min(departments, from + BATCH);
            jdbc.sql("insert into department (code, name, region_code) select (? + i)::text, '规模测试部门' || i, "
                    + "'99' || lpad((i % ? + 1)::text, 4, '0') from generate_series(?, ?) i on conflict do nothing")
                    .params(FIRST_CODE, regions, from + 1, to).update();
            for (int year : years) {
                List<Template> ofYear = templates.stream().filter(t -> t.year() == year).toList();
                for (int k = 0; k < ofYear.size() && loaded < wanted; k++) {
                    loaded += copy(ofYear.get(k), k, ofYear.size(), from + 1, to, wanted - loaded);
                }
            }
            LOG.info("规模测试：已载入 {} / {} 个公开版本", loaded, wanted);
        }
        jdbc.sql("analyze").update();
        portal.search("");
        LOG.info("SCALE-LOADED {} 个公开版本（{} 个部门，{} 个区域），用时 {} s", loaded, departments, regions,
                (System.nanoTime() - started) / 1_000_000_000);
        int code = SpringApplication.exit(context, () -> 0);
        System.exit(code);
    }

    /** A published sample: its disclosure (with its stored view) and the department name its tables print. */
    private record Template(long id, int year, String departmentName) {
    }

    private List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        for (var record : repository.list(null, null, org.gongkai.server.workflow.Status.PUBLISHED)) {
            if (Integer.parseInt(record.departmentCode()) < FIRST_CODE) {
                templates.add(new Template(record.id(), record.year(), repository.departmentName(record.departmentCode()).orElseThrow()));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("没有可作模板的样例公开版本");
        }
        return templates;
    }

    /**
     * Copies one template to departments {@code from..to} whose number falls to it ({@code i % of == k}), at most
     * {@code limit}; the department's name replaces the template's in the stored tables.
     */
    private int copy(Template t, int k, int of, int from, int to, int limit) {
        List<Long> ids = jdbc.sql("""
                        insert into disclosure (department_code, year, version, status, model, approved_at, published_at)
                        select (? + i)::text, ?, 1, 'PUBLISHED',
                               jsonb_set(d.model, '{department}', jsonb_build_object('code', (? + i)::text, 'name', '规模测试部门' || i)),
                               now() - interval '30 days', now() - interval '20 days'
                        from disclosure d, generate_series(?, ?) i
                        where d.id = ? and i % ? = ?
                        order by i limit ?
                        returning id""")
                .params(FIRST_CODE, t.year(), FIRST_CODE, from, to, t.id(), of, k, limit).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        insert into published_view (disclosure_id, summary, tables, findings, errors, warnings)
                        select d.id, v.summary, replace(v.tables::text, ?, p.name)::jsonb, v.findings, v.errors, v.warnings
                        from disclosure d join department p on p.code = d.department_code, published_view v
                        where d.id = any(?) and v.disclosure_id = ?""")
                .params(t.departmentName(), ids.toArray(Long[]::new), t.id()).update();
        return ids.size();
    }
}
