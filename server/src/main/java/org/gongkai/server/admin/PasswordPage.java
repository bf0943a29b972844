package org.gongkai.server.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Caller;
import org.gongkai.server.security.PasswordChangeGate;
import org.gongkai.server.security.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码, for every signed-in user: the current password and the new one twice. A user with a temporary password is
 * sent here first ({@link PasswordChangeGate}). A refusal says why; the passwords typed are not sent back.
 */
@Controller
@RequestMapping(PasswordChangeGate.PAGE)
public class PasswordPage {

    private final Users users;
    private final DisclosureRepository repository;

    public PasswordPage(Users users, DisclosureRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    @GetMapping
    public String form(@AuthenticationPrincipal Caller caller, Model page) {
        page.addAttribute("caller", caller);
        return "work/password";
    }

    @PostMapping
    public String change(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "") String current,
                         @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
                         HttpServletRequest request, HttpServletResponse response, Model page, RedirectAttributes flash) {
        Optional<String> problem = password.equals(confirm)
                ? users.changePassword(caller.username(), current, password, request.getSession().getId())
                : Optional.of("两次输入的新密码不一致");
        if (problem.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page.addAttribute("error", "密码未修改：" + problem.get());
            return form(caller, page);
        }
        repository.audit(caller.username(), null, "ACCOUNT", "修改本人密码");
        signInAgain(users.loadUserByUsername(caller.username()), request, response);
        flash.addFlashAttribute("notice", "密码已修改，下次请用新密码登录");
        return "redirect:/work";
    }

    /** The session's caller is the one read at sign-in: it is replaced, so the temporary-password gate opens. */
    private static void signInAgain(Caller fresh, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
