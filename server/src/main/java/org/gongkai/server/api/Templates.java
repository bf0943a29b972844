package org.gongkai.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.io.template.TemplateWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Data-entry workbooks as downloads. */
public final class Templates {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Templates() {
    }

    public static ResponseEntity<byte[]> download(DepartmentBudget model, String filename) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
                        .build().toString())
                .body(out.toByteArray());
    }
}
