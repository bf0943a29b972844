package org.gongkai.server.portal;

import java.util.List;
import org.gongkai.server.workflow.Published;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The listing of everything published, read once from the stored views and then changed one department-year at a time
 * as publications commit: a publication touches only its own versions, and readers keep the listing they hold until the
 * new one is swapped in, so none waits for it.
 */
@Service
public class Portal {

    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    private final PublishedViews views;
    private final PortalSearch search;
    private volatile Snapshot snapshot;
    private final List<Runnable> onChange = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Published>> onPublished = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Portal(PublishedViews views, PortalSearch search) {
        this.views = views;
        this.search = search;
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

    /**
     * The portal's search; the first one (or the warm-up) brings the index up to the listing, so a search never misses
     * what was published before the server started.
     */
    public List<org.gongkai.server.search.SearchResult> search(String query) {
        if (!searchCaughtUp) {
            search.catchUp(snapshot());
            searchCaughtUp = true;
        }
        return search.search(query);
    }

    private volatile boolean searchCaughtUp;

    /** Registers what else must be dropped when a publication changes the listing (the downloads). */
    public void onChange(Runnable action) {
        onChange.add(action);
    }

    /** Registers what must follow a publication once the listing has it (the page cache, which renders its pages anew). */
    public void onPublished(java.util.function.Consumer<Published> action) {
        onPublished.add(action);
    }

    /** Builds the listing in the background once the server is up, so the first reader does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        Thread thread = new Thread(() -> {
            search("");
            try {
                views.rehearse();
                rehearseListing();
            } catch (RuntimeException e) {
                LOG.warn("warm-up of the publication path failed (harmless)", e);
            }
        }, "gongkai-portal-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The rest of a publication's path run once on the newest current version, so the first publication after a start
     * does not pay for compiling it: the listing rebuilt for its department-year (and thrown away), and its search
     * items indexed again, which replaces them with the same.
     */
    private void rehearseListing() {
        Snapshot listing = snapshot();
        listing.currentVersions().stream().max(java.util.Comparator.comparingLong(p -> p.record().id())).ifPresent(newest -> {
            String code = newest.record().departmentCode();
            int year = newest.record().year();
            listing.replacing(code, year, views.versions(code, year)).warm(year, newest.record().regionCode());
            search.published(code, year, listing.versions(code, year).stream().filter(p -> !p.superseded()).toList());
        });
    }

    /**
     * After a publication commits (and before it is acknowledged: this runs in the publishing thread), the versions of
     * its department-year are read again and replace the old ones in the listing.
     */
    @TransactionalEventListener(fallbackExecution = true)
    public void published(Published event) {
        long started = System.nanoTime();
        synchronized (this) {
            if (snapshot != null) {
                views.ensure(event.departmentCode(), event.year());
                Snapshot next = snapshot.replacing(event.departmentCode(), event.year(), views.versions(event.departmentCode(), event.year()));
                // The sums the home and region pages of that year read are computed here, before readers get the listing.
                next.versions(event.departmentCode(), event.year()).stream().findFirst()
                        .ifPresent(p -> next.warm(event.year(), p.record().regionCode()));
                snapshot = next;
                long listed = System.nanoTime();
                search.published(event.departmentCode(), event.year(),
                        snapshot.versions(event.departmentCode(), event.year()).stream().filter(p -> !p.superseded()).toList());
                LOG.info("公开 {} {} 年：列表 {} ms，搜索索引 {} ms", event.departmentCode(), event.year(),
                        (listed - started) / 1_000_000, (System.nanoTime() - listed) / 1_000_000);
            }
        }
        onChange.forEach(Runnable::run);
        onPublished.forEach(action -> action.accept(event));
    }

    private Snapshot build() {
        long started = System.nanoTime();
        int prepared = views.backfill();
        Snapshot built = new Snapshot(views.listing());
        LOG.info("门户列表：{} 个公开版本（其中 {} 个补算派生数据），用时 {} ms", built.size(), prepared,
                (System.nanoTime() - started) / 1_000_000);
        return built;
    }
}
