package org.gongkai.server.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.classification.CatalogDifferences;
import org.gongkai.server.catalog.CatalogVersion;
import org.gongkai.server.catalog.OfficialCatalogs;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator loads a finance bureau's official catalog file for a year (and region), sees how it differs from the
 * catalog in force, then applies or discards it; every version is kept.
 */
@RestController
@RequestMapping("/api/admin/catalogs")
public class CatalogController {

    private final OfficialCatalogs catalogs;

    public CatalogController(OfficialCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    @GetMapping
    public List<CatalogVersion> versions(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return catalogs.versions();
    }

    /** Reads, judges and keeps the file as a pending version; answers its differences from the catalog in force. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> load(@AuthenticationPrincipal Caller caller, @RequestParam int year,
                                    @RequestParam(required = false) String region, @RequestPart("file") MultipartFile file) throws IOException {
        requireAdmin(caller);
        ApiException.requireDocumentSize(Uploads.nameOf(file), file.getSize());
        try {
            OfficialCatalogs.Loaded loaded = catalogs.load(Uploads.nameOf(file), file.getBytes(), year, region, caller.username());
            return view(loaded.version(), loaded.differences());
        } catch (IllegalArgumentException e) {
            // InvalidCatalog among them: its message lists every problem with its line.
            throw ApiException.badRequest(e.getMessage());
        }
    }

    @GetMapping("/{id}")
    public Map<String, Object> version(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        requireAdmin(caller);
        CatalogVersion version = catalogs.version(id).orElseThrow(() -> ApiException.notFound("没有第 " + id + " 版分类目录"));
        return view(version, catalogs.differences(version));
    }

    /**
     * Applies the version; one that would retire many codes (over 100, or over 10% of those in force) only with
     * {@code retire} = the number of codes it retires, else 409 saying so.
     */
    @PostMapping("/{id}/apply")
    public CatalogVersion apply(@AuthenticationPrincipal Caller caller, @PathVariable long id,
                                @RequestParam(required = false) String retire) {
        requireAdmin(caller);
        return decide(() -> catalogs.apply(id, caller.username(), retire));
    }

    @PostMapping("/{id}/discard")
    public CatalogVersion discard(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        requireAdmin(caller);
        return decide(() -> catalogs.discard(id, caller.username()));
    }

    private static CatalogVersion decide(java.util.function.Supplier<CatalogVersion> decision) {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    static Map<String, Object> view(CatalogVersion version, OfficialCatalogs.Differences differences) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", version);
        view.put("summary", differences.summary());
        view.put("retirement", differences.retirement());
        view.put("functions", differences(differences.functions()));
        if (differences.carriesEconomics()) {
            view.put("economics", differences(differences.economics()));
        }
        return view;
    }

    private static Map<String, Object> differences(CatalogDifferences d) {
        return Map.of("added", d.added().stream().map(e -> Map.of("code", e.code(), "name", e.name())).toList(),
                "renamed", d.renamed(),
                "withdrawn", d.withdrawn().stream().map(e -> Map.of("code", e.code(), "name", e.name())).toList());
    }

    private static void requireAdmin(Caller caller) {
        if (caller.role() != Role.ADMIN) {
            throw ApiException.forbidden("只有管理员可以载入和应用分类目录");
        }
    }
}
