package org.gongkai.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

/** A database or library failure reaches the caller as a Chinese message with a reference, never its own text. */
class ApiErrorsTest {

    @Test
    void aConstraintViolationIsAnsweredWithoutTheDatabasesWords() {
        var answer = new ApiErrors().integrity(new DataIntegrityViolationException("could not execute statement",
                new SQLException("ERROR: duplicate key value violates unique constraint \"one_open_draft\"")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getBody().get("message").toString()).contains("数据冲突").contains("错误编号")
                .doesNotContain("constraint").doesNotContain("one_open_draft").doesNotContain("statement");
    }

    @Test
    void anUnexpectedFailureNamesNoClassOrMessage() {
        var answer = new ApiErrors().internal(new IllegalStateException("org.apache.poi.SomeInternal failed at 0x1f"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().get("message").toString()).contains("错误编号").doesNotContain("org.apache").doesNotContain("0x1f");
    }
}
