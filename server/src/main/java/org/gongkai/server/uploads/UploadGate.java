package org.gongkai.server.uploads;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gongkai.io.importing.read.ReadLimits;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a multipart POST before its body is read: refused unless the caller is signed in, and refused when it
 * declares more bytes than the endpoint takes (a signed-in caller's body sent without a length is bounded by the
 * multipart limit and the controllers' size check instead). Without this the body was received in full and spooled to disk (by
 * the CSRF filter looking for its token among the parameters) before the request was refused.
 *
 * <p>It sits in both security chains after the caller is known and before anything reads parameters.
 */
public class UploadGate extends OncePerRequestFilter {

    /** The form fields and multipart framing around a file. */
    private static final long FRAMING = 1024 * 1024;
    /** A batch-inspection zip; everything else is one document. */
    static final long MAX_BATCH_BYTES = 1024L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!signedIn()) {
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录再上传文件，未读取上传内容");
            return;
        }
        long declared = request.getContentLengthLong();
        long allowed = (batch(request) ? MAX_BATCH_BYTES : ReadLimits.STANDARD.maxBytes()) + FRAMING;
        if (declared > allowed) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, (batch(request) ? "上传的压缩包超过 1 GB 上限"
                    : "上传文件超过 " + ReadLimits.STANDARD.maxBytesText() + " 上限") + "，未读取上传内容，未作任何修改");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }

    private static boolean batch(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/inspections") || path.equals("/work/inspect");
    }

    /** JSON for the API, a line of text for the pages; the connection is closed so the unread body is not received. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\": " + status + ", \"message\": \"" + message + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message);
        }
    }
}
