package org.gongkai.server.api;

import org.gongkai.io.importing.read.ReadLimits;
import org.springframework.http.HttpStatus;

/** A refusal with its HTTP status and a Chinese message saying why. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }

    /** Refuses an uploaded document over the one single-document limit ({@link ReadLimits#maxBytes()}) before it is read. */
    public static void requireDocumentSize(String name, long size) {
        if (size > ReadLimits.STANDARD.maxBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, name + "：上传文件超过 " + ReadLimits.STANDARD.maxBytesText()
                    + " 上限（" + size / (1024 * 1024) + " MB），未作任何修改");
        }
    }

    public static ApiException busy(String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }
}
