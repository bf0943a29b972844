package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.io.importing.source.ImportException;

/** A folder read as one disclosure: which files, in which order, and what the page links but the folder lacks. */
class DisclosureFolderTest {

    @TempDir
    Path folder;

    @Test
    void thePageComesFirstThenItsAttachmentsInTheOrderItLinksThemThenTheRestByName() throws IOException {
        page("<a href=\"/upload/P2.pdf\">附件2：情况说明</a> <a href=\"/upload/P1.xls\">附件1：公开表</a>");
        Path xls = Files.writeString(folder.resolve("P1.xls"), "x");
        Path pdf = Files.writeString(folder.resolve("P2.pdf"), "x");
        Path other = Files.writeString(folder.resolve("A-补充说明.docx"), "x");
        assertThat(DisclosureFolder.of(folder).files()).containsExactly(folder.resolve("page.html"), pdf, xls, other);
    }

    @Test
    void anAttachmentSavedUnderTheNameItsLinkReadsIsFoundByThatName() throws IOException {
        page("<a href=\"/module/download/downfile.jsp?classid=0&filename=1902101234.xls\">附件：青山县档案馆2023年度部门决算公开表</a>");
        Path saved = Files.writeString(folder.resolve("青山县档案馆2023年度部门决算公开表.xls"), "x");
        Path before = Files.writeString(folder.resolve("0-目录.pdf"), "x");
        assertThat(DisclosureFolder.of(folder).files()).containsExactly(folder.resolve("page.html"), saved, before);
    }

    @Test
    void anAttachmentTheFolderLacksIsReportedNotFatal() throws IOException {
        WebPages.savedPage(folder, WebPages.BUDGET, "budget.html", List.of());
        ImportResult result = Documents.importFiles(List.of(folder));
        assertThat(result.model().department().name()).isEqualTo("青山县农业农村局");
        assertThat(result.unparsed()).singleElement().satisfies(u -> {
            assertThat(u.where()).isEqualTo("budget.html");
            assertThat(u.text()).contains("青山县农业农村局2024年部门预算公开表.xls").contains("P020240126512.xls");
            assertThat(u.reason()).contains("不在文件夹中");
        });
    }

    @Test
    void theSavedPagesStylesScriptsAndFramesAreNotRead() throws IOException {
        WebPages.savedPage(folder, WebPages.FINAL_ACCOUNTS, "page.html",
                List.of(new WebPages.Attachment(WebPages.FINAL_ACCOUNTS_XLS, WebPages.finalAccountsXls())));
        assertThat(DisclosureFolder.of(folder).files()).containsExactly(folder.resolve("page.html"), folder.resolve(WebPages.FINAL_ACCOUNTS_XLS));
    }

    @Test
    void aFolderWithoutAPageIsItsDocumentsByName() throws IOException {
        Path tables = Files.writeString(folder.resolve("2-公开表.xlsx"), "x");
        Path text = Files.writeString(folder.resolve("1-情况说明.pdf"), "x");
        assertThat(DisclosureFolder.of(folder).files()).containsExactly(text, tables);
    }

    @Test
    void aFolderWithNothingToReadIsRefusedNamingIt() throws IOException {
        Files.writeString(folder.resolve("logo.png"), "x");
        assertThatThrownBy(() -> Documents.importFiles(List.of(folder))).isInstanceOf(ImportException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("没有可导入的文件");
    }

    @Test
    void aFolderOfHundredsOfFilesIsRefusedAsNotOneDisclosure() throws IOException {
        for (int i = 0; i < 201; i++) {
            Files.writeString(folder.resolve("f" + i + ".txt"), "x");
        }
        assertThatThrownBy(() -> DisclosureFolder.of(folder)).isInstanceOf(ImportException.class).hasMessageContaining("超过 200 个");
    }

    private void page(String links) throws IOException {
        Files.writeString(folder.resolve("page.html"), "<html><body><div id=zoom><p>一、部门职责</p><p>" + links + "</p></div></body></html>",
                StandardCharsets.UTF_8);
    }
}
