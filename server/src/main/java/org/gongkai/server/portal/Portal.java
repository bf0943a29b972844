package org.gongkai.server.portal;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.server.catalog.OfficialCatalogs;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.io.json.ModelJson;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.workflow.Published;
import org.gongkai.server.workflow.Status;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Builds the snapshot of everything published on first use and keeps it until a publication replaces it. Published
 * versions never change, so nothing else can make it stale.
 */
@Service
public class Portal {

    private final DisclosureRepository repository;
    private volatile Snapshot snapshot;
    private final List<Runnable> onChange = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final OfficialCatalogs catalogs;

    public Portal(DisclosureRepository repository, OfficialCatalogs catalogs) {
        this.repository = repository;
        this.catalogs = catalogs;
    }

    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = build();
                }
                current = snapshot;
            }
        }
        return current;
    }

    /** Registers what else must be dropped with the snapshot (the page cache). */
    public void onChange(Runnable action) {
        onChange.add(action);
    }

    /** Builds the snapshot in the background once the server is up, so the first reader does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(this::snapshot, "gongkai-portal-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** After a publication commits, pages and open data built before it are dropped. */
    @TransactionalEventListener(fallbackExecution = true)
    public void published(Published event) {
        synchronized (this) {
            snapshot = null;
        }
        onChange.forEach(Runnable::run);
    }

    private Snapshot build() {
        List<PublishedDisclosure> all = new ArrayList<>();
        for (DisclosureRecord record : repository.list(null, null, Status.PUBLISHED)) {
            DepartmentBudget model = ModelJson.parse(record.model(), "disclosure " + record.id());
            var catalog = catalogs.forRegion(record.regionCode());
            all.add(new PublishedDisclosure(record, repository.departmentName(record.departmentCode()).orElse(record.departmentCode()),
                    repository.regionName(record.regionCode()).orElse(record.regionCode()), model,
                    StandardTables.generateAll(model, catalog), RuleRegistry.check(Disclosure.generated(model, catalog)),
                    Summary.of(model)));
        }
        return new Snapshot(all);
    }
}
