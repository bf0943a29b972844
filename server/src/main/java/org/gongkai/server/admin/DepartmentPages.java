package org.gongkai.server.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.security.Caller;
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
 * 部门管理, for the administrator: the departments by region, registering one (its code checked), and one department's
 * page with its name to change, its users and the units under it. A refused form is shown again as it was typed.
 */
@Controller
@RequestMapping("/work/departments")
public class DepartmentPages {

    /** The add form as typed. */
    public record NewDepartment(String code, String name, String regionCode) {
    }

    private final Departments departments;
    private final Users users;

    public DepartmentPages(Departments departments, Users users) {
        this.departments = departments;
        this.users = users;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal Caller caller, Model page) {
        UserAdministration.requireAdmin(caller);
        return show(page, new NewDepartment("", "", ""));
    }

    @PostMapping
    public String add(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "") String code,
                      @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String regionCode,
                      Model page, RedirectAttributes flash, HttpServletResponse response) {
        UserAdministration.requireAdmin(caller);
        try {
            departments.add(caller.username(), code, name, regionCode);
            flash.addFlashAttribute("notice", "已登记部门 " + code.strip() + " " + name.strip());
            return "redirect:/work/departments";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            page.addAttribute("error", "未登记：" + e.getMessage());
            return show(page, new NewDepartment(code, name, regionCode));
        }
    }

    @GetMapping("/{code}")
    public String department(@AuthenticationPrincipal Caller caller, @PathVariable String code, Model page) {
        UserAdministration.requireAdmin(caller);
        Departments.Department department = departments.find(code)
                .orElseThrow(() -> ApiException.notFound("没有编码为 " + code + " 的部门"));
        page.addAttribute("department", department);
        page.addAttribute("typedName", page.containsAttribute("typedName") ? page.getAttribute("typedName") : department.name());
        page.addAttribute("units", departments.units(code));
        page.addAttribute("members", users.accounts().stream().filter(a -> code.equals(a.departmentCode())).toList());
        return "work/department";
    }

    @PostMapping("/{code}/rename")
    public String rename(@AuthenticationPrincipal Caller caller, @PathVariable String code, @RequestParam(defaultValue = "") String name,
                         Model page, RedirectAttributes flash, HttpServletResponse response) {
        UserAdministration.requireAdmin(caller);
        try {
            departments.rename(caller.username(), code, name);
            flash.addFlashAttribute("notice", "已改名为 " + name.strip());
            return "redirect:/work/departments/" + code;
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            response.setStatus(e.status().value());
            page.addAttribute("error", "未改名：" + e.getMessage());
            page.addAttribute("typedName", name);
            return department(caller, code, page);
        }
    }

    private String show(Model page, NewDepartment form) {
        page.addAttribute("departments", departments.list());
        page.addAttribute("regions", departments.regions());
        page.addAttribute("form", form);
        return "work/departments";
    }
}
