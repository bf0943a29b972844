package org.gongkai.server.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.gongkai.io.importing.read.ReadLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.HtmlUtils;

/**
 * An upload over the server's 1 GB limit (a zip for batch inspection may be that large; a single document may not
 * exceed {@link ReadLimits#maxBytes()}, which the upload gate and the controllers check) is refused before any
 * controller is chosen, so one global handler answers: JSON for the API, a short page with a way back for the web pages.
 */
@RestControllerAdvice
public class UploadLimit {

    /** Batch-inspection zips may be up to 1 GB; anything else is a single document, limited to {@link ReadLimits#maxBytes()}. */
    static String message(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.contains("/inspect") ? "上传的压缩包超过 1 GB 上限" : "上传文件超过 " + ReadLimits.STANDARD.maxBytesText() + " 上限";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<?> tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Map.of("error", HttpStatus.PAYLOAD_TOO_LARGE.value(), "message", message(request)));
        }
        String back = request.getContextPath() + "/work";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>文件过大</title><p>" + message(request)
                        + "，未作任何修改。</p><p><a href=\"" + HtmlUtils.htmlEscape(back) + "\">返回工作台</a></p></html>");
    }
}
