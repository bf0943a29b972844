package org.gongkai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Whether a request comes from a signed-in session, decided ahead of Spring Security: a session cookie alone is not
 * enough (anyone gets a session by opening the login page), the session must hold an authenticated caller.
 */
public final class SignedIn {

    /**
     * The header, and its value known only inside this process, that marks the requests the server makes to itself to
     * render a publication's pages ahead: they are not anonymous traffic and are not counted against its limits.
     */
    public static final String SERVER_ITSELF = "X-Gongkai-Itself";
    private static final String SERVER_TOKEN = java.util.UUID.randomUUID().toString();

    public static String serverToken() {
        return SERVER_TOKEN;
    }

    public static boolean serverItself(jakarta.servlet.http.HttpServletRequest request) {
        return SERVER_TOKEN.equals(request.getHeader(SERVER_ITSELF));
    }


    private SignedIn() {
    }

    static boolean session(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Authentication caller = context instanceof SecurityContext c ? c.getAuthentication() : null;
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    /** Credentials are being offered (HTTP Basic, or the login form): each costs a bcrypt comparison. */
    static boolean offersCredentials(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getHeader("Authorization") != null || ("POST".equals(request.getMethod()) && path.equals("/login"));
    }
}
