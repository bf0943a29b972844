package org.gongkai.server.api;

import java.util.List;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.workflow.Status;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What anyone may read: published versions only (superseded ones stay readable, marked so). */
@RestController
@RequestMapping("/api/public/disclosures")
public class PublicController {

    private final DisclosureRepository repository;

    public PublicController(DisclosureRepository repository) {
        this.repository = repository;
    }

    /** Versions an open-data list answers at most at once. */
    static final int MAX_PAGE = 1000;

    /**
     * The published versions, oldest first, a page at a time ({@code page} from 1, {@code size} up to 1,000, default
     * 100): the total is in {@code X-Total-Count} and the next page in a {@code Link: <…>; rel="next"} header.
     */
    @GetMapping
    public org.springframework.http.ResponseEntity<List<PublicView>> published(@RequestParam(required = false) Integer year,
                                                                               @RequestParam(defaultValue = "1") int page,
                                                                               @RequestParam(defaultValue = "100") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE) {
            throw ApiException.badRequest("page 应从 1 起，size 应在 1 至 " + MAX_PAGE + " 之间");
        }
        long total = repository.countPublished(year);
        List<PublicView> views = repository.listPublished(year, (long) (page - 1) * size, size).stream().map(PublicView::of).toList();
        var response = org.springframework.http.ResponseEntity.ok().header("X-Total-Count", Long.toString(total));
        if ((long) page * size < total) {
            response.header("Link", "</api/public/disclosures?" + (year == null ? "" : "year=" + year + "&") + "page=" + (page + 1)
                    + "&size=" + size + ">; rel=\"next\"");
        }
        return response.body(views);
    }

    /**
     * What the public sees of a published version: not the reviewer's comment or the department's explanation of
     * its warnings (internal to the review), nor the lock version (internal to editing). A correction's reason is public;
     * {@code kind} says whether the version is a budget (BUDGET) or final accounts (FINAL_ACCOUNTS), each versioned on its own.
     */
    public record PublicView(long id, String departmentCode, int year, int version, boolean superseded,
                             java.time.OffsetDateTime publishedAt, String correctionReason, String kind) {

        static PublicView of(DisclosureRecord r) {
            return new PublicView(r.id(), r.departmentCode(), r.year(), r.version(), r.superseded(), r.publishedAt(),
                    r.correctionReason(), r.kind().name());
        }
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public String model(@PathVariable long id) {
        DisclosureRecord record = repository.find(id).filter(r -> r.status() == Status.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("没有编号为 " + id + " 的已公开披露"));
        return record.model();
    }
}
