package org.gongkai.server.workspace;

import java.io.IOException;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.api.CatalogController;
import org.gongkai.server.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's catalog pages: every loaded version, a form to load the year's official file, and for a loaded
 * file its differences from the catalog in force, with 应用 and 放弃.
 */
@Controller
@RequestMapping("/work/catalogs")
public class CatalogPages {

    private final CatalogController api;

    public CatalogPages(CatalogController api) {
        this.api = api;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal Caller caller, Model page) {
        page.addAttribute("versions", api.versions(caller));
        page.addAttribute("nextYear", java.time.Year.now().getValue() + 1);
        return "work/catalogs";
    }

    @PostMapping
    public String load(@AuthenticationPrincipal Caller caller, @RequestParam int year, @RequestParam(required = false) String region,
                       @RequestParam("file") MultipartFile file, RedirectAttributes flash) {
        try {
            var loaded = api.load(caller, year, region, file);
            flash.addFlashAttribute("notice", "已读取，尚未应用：请核对与现行目录的差异后点「应用」");
            return "redirect:/work/catalogs/" + ((org.gongkai.server.catalog.CatalogVersion) loaded.get("version")).id();
        } catch (ApiException | IOException e) {
            // What was typed comes back; a browser never refills a file field, so the message names the file to choose again.
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "" : "「" + file.getOriginalFilename() + "」";
            flash.addFlashAttribute("error", e.getMessage() + (name.isEmpty() ? "" : "（请改正后重新选择文件" + name + "）"));
            flash.addFlashAttribute("typedYear", year);
            flash.addFlashAttribute("typedRegion", region);
            return "redirect:/work/catalogs";
        }
    }

    @GetMapping("/{id}")
    public String version(@AuthenticationPrincipal Caller caller, @PathVariable long id, Model page) {
        page.addAllAttributes(api.version(caller, id));
        return "work/catalog";
    }

    /** 应用; a file that would retire many codes needs their count typed in {@code retire} as well. */
    @PostMapping("/{id}/apply")
    public String apply(@AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestParam(required = false) String retire,
                        RedirectAttributes flash) {
        return decide(() -> api.apply(caller, id, retire), id, "已应用：该年度（区划）的填报表单、模板下拉和校验即日起使用此目录", flash);
    }

    @PostMapping("/{id}/discard")
    public String discard(@AuthenticationPrincipal Caller caller, @PathVariable long id, RedirectAttributes flash) {
        return decide(() -> api.discard(caller, id), id, "已放弃，该版本保留备查", flash);
    }

    private static String decide(Runnable decision, long id, String notice, RedirectAttributes flash) {
        try {
            decision.run();
            flash.addFlashAttribute("notice", notice);
        } catch (ApiException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/work/catalogs/" + id;
    }
}
