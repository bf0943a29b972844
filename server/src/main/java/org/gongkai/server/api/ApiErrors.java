package org.gongkai.server.api;

import java.util.Map;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.server.workflow.IllegalTransition;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal as {@code {"error": status, "message": "…"}}, never a stack trace. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ResponseEntity<Map<String, Object>> transition(IllegalTransition e) {
        return body(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, Object>> input(RuntimeException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A model that does not read: besides the message, each problem by its JSON path, for a client to point at. */
    @ExceptionHandler(InvalidModelException.class)
    ResponseEntity<Map<String, Object>> model(InvalidModelException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", HttpStatus.BAD_REQUEST.value(), "message", e.getMessage(),
                "problems", e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList()));
    }

    /** The database's own words name tables and constraints: they go to the log under a reference, never to the caller. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Map<String, Object>> integrity(DataIntegrityViolationException e) {
        return body(HttpStatus.CONFLICT, "数据冲突，未作任何修改，请刷新后重试（错误编号 " + ErrorReference.log(e) + "）");
    }

    @ExceptionHandler({DataAccessException.class, java.io.IOException.class, java.io.UncheckedIOException.class,
            IllegalStateException.class})
    ResponseEntity<Map<String, Object>> internal(Exception e) {
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试（错误编号 " + ErrorReference.log(e) + "）");
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", status.value(), "message", message));
    }
}
