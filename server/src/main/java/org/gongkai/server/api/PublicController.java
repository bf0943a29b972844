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

    @GetMapping
    public List<PublicView> published(@RequestParam(required = false) Integer year) {
        return repository.list(null, null, Status.PUBLISHED).stream().filter(r -> year == null || r.year() == year)
                .map(PublicView::of).toList();
    }

    /**
     * What the public sees of a published version: not the reviewer's comment or the department's explanation of
     * its warnings (internal to the review), nor the lock version (internal to editing). A correction's reason is public.
     */
    public record PublicView(long id, String departmentCode, int year, int version, boolean superseded,
                             java.time.OffsetDateTime publishedAt, String correctionReason) {

        static PublicView of(DisclosureRecord r) {
            return new PublicView(r.id(), r.departmentCode(), r.year(), r.version(), r.superseded(), r.publishedAt(),
                    r.correctionReason());
        }
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public String model(@PathVariable long id) {
        DisclosureRecord record = repository.find(id).filter(r -> r.status() == Status.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("没有编号为 " + id + " 的已公开披露"));
        return record.model();
    }
}
