package org.gongkai.server.workspace;

import java.util.Map;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.api.DisclosureService;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.security.Caller;
import org.gongkai.server.workflow.IllegalTransition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 决算's forms: each part saves through the same service as the API (access, locking, audit). The page's script
 * saves in place, so a refusal leaves everything typed on the page and names each bad cell; without the script the
 * form posts and comes back with the message.
 */
@Controller
@RequestMapping("/work/{id}/accounts")
public class AccountsController {

    private final DisclosureService service;

    public AccountsController(DisclosureService service) {
        this.service = service;
    }

    @PostMapping("/{part}")
    public String save(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String part,
                       @RequestParam int lockVersion, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        try {
            saved(caller, id, part, lockVersion, form);
            flash.addFlashAttribute("notice", "已保存");
        } catch (ApiException | IllegalTransition | InvalidModelException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/work/" + id + "#" + part;
    }

    @PostMapping(value = "/{part}", headers = "X-Gongkai-Save=1")
    @ResponseBody
    public Map<String, Object> saveInPlace(@AuthenticationPrincipal Caller caller, @PathVariable long id, @PathVariable String part,
                                           @RequestParam int lockVersion, @RequestParam MultiValueMap<String, String> form) {
        return InPlaceSave.answer(() -> saved(caller, id, part, lockVersion, form));
    }

    private DisclosureRecord saved(Caller caller, long id, String part, int lockVersion, MultiValueMap<String, String> form) {
        FinalAccounts accounts = service.accounts(service.read(caller, id));
        return service.saveAccounts(caller, id, lockVersion, AccountsForms.apply(accounts, part, form));
    }
}
