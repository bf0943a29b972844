package org.gongkai.server.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理, for the administrator: every user with role, department, region and state; add one; disable, enable, reset a
 * password. A temporary password is shown once, in the answer to the request that made it. A refused addition shows the
 * form again as it was typed.
 */
@Controller
@RequestMapping("/work/users")
public class UserPages {

    /** A temporary password just made, for the one page that shows it. */
    public record Temporary(String username, String password) {
    }

    private final UserAdministration administration;
    private final Users users;
    private final Departments departments;

    public UserPages(UserAdministration administration, Users users, Departments departments) {
        this.administration = administration;
        this.users = users;
        this.departments = departments;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal Caller caller, Model page) {
        UserAdministration.requireAdmin(caller);
        return show(caller, page, new UserAdministration.NewUser("", Role.DEPARTMENT, "", ""));
    }

    @PostMapping
    public String add(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "") String username,
                      @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String departmentCode,
                      @RequestParam(defaultValue = "") String regionCode, Model page, RedirectAttributes flash,
                      HttpServletResponse response) {
        UserAdministration.NewUser form = new UserAdministration.NewUser(username, role(role), departmentCode, regionCode);
        try {
            String password = administration.add(caller, form);
            return showOnce(caller, page, response, new Temporary(form.username().strip(), password), "已新建用户 " + form.username().strip());
        } catch (ApiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            page.addAttribute("error", "未新建用户：" + e.getMessage());
            return show(caller, page, form);
        }
    }

    @PostMapping("/{username}/disable")
    public String disable(@AuthenticationPrincipal Caller caller, @PathVariable String username, RedirectAttributes flash) {
        return decide(flash, () -> administration.setDisabled(caller, username, true), "已停用用户 " + username + "，其登录已失效");
    }

    @PostMapping("/{username}/enable")
    public String enable(@AuthenticationPrincipal Caller caller, @PathVariable String username, RedirectAttributes flash) {
        return decide(flash, () -> administration.setDisabled(caller, username, false), "已启用用户 " + username);
    }

    @PostMapping("/{username}/reset")
    public String reset(@AuthenticationPrincipal Caller caller, @PathVariable String username, Model page, RedirectAttributes flash,
                        HttpServletResponse response) {
        try {
            return showOnce(caller, page, response, new Temporary(username, administration.reset(caller, username)),
                    "已重置用户 " + username + " 的密码");
        } catch (ApiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/work/users";
        }
    }

    /**
     * The list with a temporary password, answered to the request that made it: it is never stored, not even in the
     * session (a redirect would keep it there), nor kept by the browser's cache.
     */
    private String showOnce(Caller caller, Model page, HttpServletResponse response, Temporary temporary, String notice) {
        response.setHeader("Cache-Control", "no-store");
        page.addAttribute("temporary", temporary);
        page.addAttribute("notice", notice);
        return show(caller, page, new UserAdministration.NewUser("", Role.DEPARTMENT, "", ""));
    }

    private String show(Caller caller, Model page, UserAdministration.NewUser form) {
        page.addAttribute("caller", caller);
        page.addAttribute("accounts", users.accounts());
        page.addAttribute("departments", departments.list());
        page.addAttribute("regions", departments.regions());
        page.addAttribute("roles", Role.values());
        page.addAttribute("form", form);
        page.addAttribute("changes", administration.recentChanges(30));
        return "work/users";
    }

    /** A refusal other than 403 comes back to the list as a message; a 403 is the refusal page. */
    private static String decide(RedirectAttributes flash, Runnable decision, String notice) {
        try {
            decision.run();
            flash.addFlashAttribute("notice", notice);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/work/users";
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
