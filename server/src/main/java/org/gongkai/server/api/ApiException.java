package org.gongkai.server.api;

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

    /** A single document may be at most this large; a zip of many (batch inspection) may be larger. */
    public static final long MAX_DOCUMENT_BYTES = 60L * 1024 * 1024;

    /** Refuses an uploaded document over {@link #MAX_DOCUMENT_BYTES} before it is read. */
    public static void requireDocumentSize(String name, long size) {
        if (size > MAX_DOCUMENT_BYTES) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, name + "：上传文件超过 60 MB 上限（" + size / (1024 * 1024) + " MB），未作任何修改");
        }
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }
}
