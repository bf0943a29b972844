package org.gongkai.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateWriter;
import org.gongkai.server.persistence.DisclosureRecord;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Data-entry workbooks as downloads. */
public final class Templates {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Templates() {
    }

    /** A stored version's data in the data-entry workbook, named by department, year and version. */
    public static ResponseEntity<byte[]> of(DisclosureRecord record, ClassificationCatalog catalog) throws IOException {
        if (record.kind() == org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS) {
            org.gongkai.core.accounts.FinalAccounts accounts = ModelJson.parseAccounts(record.model(), "stored");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TemplateWriter.write(accounts, catalog.forYear(accounts.year()), out);
            return xlsx(out.toByteArray(), record.departmentCode() + "-" + record.year() + "-决算第" + record.version() + "版-填报模板.xlsx");
        }
        return download(ModelJson.parse(record.model(), "stored"), catalog,
                record.departmentCode() + "-" + record.year() + "-第" + record.version() + "版-填报模板.xlsx");
    }

    static ResponseEntity<byte[]> download(DepartmentBudget model, ClassificationCatalog catalog, String filename) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, catalog.forYear(model.year()), out);
        return xlsx(out.toByteArray(), filename);
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String filename) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8)
                        .build().toString())
                .body(bytes);
    }
}
