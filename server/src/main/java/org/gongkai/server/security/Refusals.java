package org.gongkai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The answer of a request refused before it reached any controller: JSON for the API, plain text otherwise. */
final class Refusals {

    private Refusals() {
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long retryAfterSeconds, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\": " + status + ", \"message\": \"" + message + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }
}
