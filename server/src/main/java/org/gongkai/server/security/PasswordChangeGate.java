package org.gongkai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user signed in with a temporary password (set by the administrator) does nothing before choosing their own: every
 * workspace page leads to 「修改密码」, and the API answers 403 saying so, except the call that changes it.
 */
public class PasswordChangeGate extends OncePerRequestFilter {

    /** The page where the password is changed. */
    public static final String PAGE = "/work/password";
    /** The API call that changes it. */
    public static final String API = "/api/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange() || path.equals(PAGE) || path.equals(API) || !(path.startsWith("/work") || path.startsWith("/api/"))) {
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("application/json");
            response.getWriter().write("{\"error\": 403, \"message\": \"须先修改临时密码（POST " + API + "，或工作台「修改密码」页）\"}");
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private static boolean mustChange() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getPrincipal() instanceof Caller c && c.mustChangePassword();
    }
}
