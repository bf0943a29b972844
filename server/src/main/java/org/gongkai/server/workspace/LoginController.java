package org.gongkai.server.workspace;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; says when an account is locked by too many failures, or disabled by the administrator (told only
 * to whoever gave its right password), rather than just "wrong password".
 */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login(HttpSession session, Model page) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        page.addAttribute("locked", failure instanceof LockedException);
        page.addAttribute("disabled", failure instanceof DisabledException);
        return "login";
    }
}
