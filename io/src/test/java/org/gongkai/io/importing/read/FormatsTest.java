package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file goes to the first reader that takes it, chosen by its content; the name decides only what content cannot. */
class FormatsTest {

    private static final byte[] ZIP = {'P', 'K', 3, 4, 0, 0};

    @Test
    void aPdfIsTakenByItsContentWhateverItsName() {
        assertThat(Formats.of("表格.txt", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Formats.PDF);
    }

    @Test
    void aZipIsAWorkbookOnlyWhenNamedAsOne() {
        assertThat(Formats.of("预算.xlsx", ZIP)).isEqualTo(Formats.WORKBOOK);
        assertThat(Formats.of("预算.docx", ZIP)).isEqualTo(Formats.OFFICE_ZIP);
        assertThat(Formats.of("附件", ZIP)).isEqualTo(Formats.OFFICE_ZIP);
    }

    @Test
    void aTextSavedUnderAnOfficeNameIsReadAsText() {
        assertThat(Formats.of("收支总表.xls", "科目编码\t科目名称\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.TEXT);
    }

    @Test
    void binaryUnderAnOfficeNameThatNoReaderTookIsRefusedAsMisnamed() {
        assertThat(Formats.of("收支总表.xls", new byte[] {1, 0, 2, 0})).isEqualTo(Formats.MISNAMED);
    }

    @Test
    void rtfIsRecognisedToBeRefusedWithAdvice() {
        assertThat(Formats.of("说明.doc", "{\\rtf1\\ansi".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Formats.RTF);
    }

    @Test
    void whatNoOtherReaderTakesFallsToText() {
        assertThat(Formats.of("说明", "部门预算".getBytes(StandardCharsets.UTF_8))).isEqualTo(Formats.TEXT);
    }
}
