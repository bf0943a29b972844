package org.gongkai.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.gongkai.server.workflow.Published;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start: the sample departments with their published disclosures, an administrator, and one user per role
 * for trying the workflow — each password printed once, never stored in clear.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
public class Bootstrap implements ApplicationRunner {

    /** 秦皇岛经济技术开发区, the region of the samples. */
    static final String SAMPLE_REGION = "130371";

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private final DisclosureRepository repository;
    private final Users users;
    private final ApplicationEventPublisher events;

    private final org.gongkai.server.portal.PublishedViews views;

    public Bootstrap(DisclosureRepository repository, Users users, ApplicationEventPublisher events,
                     org.gongkai.server.portal.PublishedViews views) {
        this.views = views;
        this.events = events;
        this.repository = repository;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (!repository.anyDepartment()) {
            loadSamples();
        }
        if (!users.any()) {
            StringBuilder printed = new StringBuilder("\n==== Gongkai 首次启动：以下初始密码只显示这一次 ====\n");
            for (String[] user : new String[][] {{"admin", "ADMIN", null, null}, {"reviewer", "REVIEWER", null, SAMPLE_REGION},
                    {"dept430", "DEPARTMENT", "430", SAMPLE_REGION}}) {
                String password = Users.randomPassword();
                users.create(user[0], password, Role.valueOf(user[1]), user[2], user[3]);
                printed.append(user[0]).append(" / ").append(password).append('\n');
            }
            System.out.println(printed.append("============================================\n"));
        }
    }

    private void loadSamples() throws IOException {
        repository.ensureRegion(SAMPLE_REGION, "秦皇岛经济技术开发区");
        Resource[] samples = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*/model.json");
        for (Resource sample : samples) {
            DepartmentBudget model = ModelJson.read(sample.getContentAsString(StandardCharsets.UTF_8), sample.getDescription());
            repository.ensureDepartment(model.department().code(), model.department().name(), SAMPLE_REGION);
            long id = repository.create(model.department().code(), model.year(), ModelJson.write(model), null);
            repository.markPublished(id);
            views.store(id);
            events.publishEvent(new Published(model.department().code(), model.year(), 1));
            repository.audit("system", id, "PUBLISHED", "首次启动载入样例：" + model.department().name() + " " + model.year() + " 年");
        }
        LOG.info("载入样例部门 {} 个", samples.length);
    }
}
