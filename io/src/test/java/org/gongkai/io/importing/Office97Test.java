package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Office 97–2003 files and WPS files read by what their compound file holds, whatever their name: Word (.doc, .wps)
 * by HWPF, Excel (.xls, .et) by HSSF. The .doc (office97/budget-word97.doc) was saved as Word 97 from a page written
 * for these tests.
 */
class Office97Test {

    @Test
    void aWord97BudgetImportsWithItsExplanationAndItsNineTables() throws IOException {
        ImportResult result = Interpreter.interpret(Documents.read("budget.doc", word97()));
        assertThat(result.model().department().name()).isEqualTo("青山县财政局");
        assertThat(result.model().year()).isEqualTo(2024);
        assertThat(result.readTables()).hasSize(9);
        assertThat(result.model().figures().expenditureTotal()).isEqualByComparingTo("1256.80");
        assertThat(result.model().figures().basic()).isEqualByComparingTo("806.80");
        assertThat(result.model().threePublic()).isNotEmpty();
        assertThat(result.unparsed()).as(result.unparsed().toString()).isEmpty();
    }

    @Test
    void aWordHeadingsLevelComesFromItsStyle() throws IOException {
        SourceDocument doc = Documents.read("budget.doc", word97());
        assertThat(doc.blocks()).contains(new Block.Text("青山县财政局2024年部门预算情况说明", 1, "第 2 段"),
                new Block.Text("一、部门职责", 2, "第 3 段"));
    }

    @Test
    void aWordTablesMergedHeaderCellsSpanTheColumnsUnderThem() throws IOException {
        Block.Grid expenditure = Documents.read("budget.doc", word97()).blocks().stream()
                .filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList().get(2);
        assertThat(expenditure.spansKnown()).isTrue();
        assertThat(expenditure.rows().get(0)).containsExactly("功能分类科目", "功能分类科目", "合计", "基本支出", "项目支出");
        assertThat(expenditure.rows().get(1)).containsExactly("科目编码", "科目名称", "", "", "");
        assertThat(expenditure.rows().get(3)).containsExactly("213", "农林水支出", "1080.50", "630.50", "450.00");
    }

    @Test
    void aWpsTextFileInWordsFormatIsReadAsWord() throws IOException {
        assertThat(Documents.read("预算.wps", word97()).blocks()).isEqualTo(Documents.read("预算.doc", word97()).blocks());
    }

    @Test
    void aWpsSpreadsheetIsReadByItsContentAsXlsOrXlsx() {
        SourceDocument xls = Documents.read("公开表.xls", WebPages.finalAccountsXls());
        assertThat(Documents.read("公开表.et", WebPages.finalAccountsXls()).blocks()).isEqualTo(xls.blocks());
        assertThat(Documents.read("公开表.et", WebPages.finalAccountsXlsx()).blocks()).isEqualTo(xls.blocks());
    }

    @Test
    void aWorkbookNamedDocIsReadAsTheWorkbookItIs() {
        assertThat(Documents.read("误命名.doc", WebPages.finalAccountsXls()).blocks())
                .isEqualTo(Documents.read("公开表.xls", WebPages.finalAccountsXls()).blocks());
    }

    @Test
    void aCompoundFileThatIsNeitherWordNorExcelIsRefusedSayingWhatItHolds() throws IOException {
        byte[] other = compound("PowerPoint Document");
        assertThatThrownBy(() -> Documents.read("演示.doc", other)).isInstanceOf(ImportException.class)
                .hasMessageContaining("演示.doc").hasMessageContaining("既不是 Word 文档也不是 Excel 工作簿").hasMessageContaining("PowerPoint Document");
    }

    @Test
    void anEncryptedOfficeFileIsRefusedAskingForThePasswordToBeRemoved() throws IOException {
        byte[] encrypted = compound("EncryptionInfo", "EncryptedPackage");
        assertThatThrownBy(() -> Documents.read("公开表.xlsx", encrypted)).isInstanceOf(ImportException.class)
                .hasMessageContaining("公开表.xlsx").hasMessageContaining("加密");
    }

    @Test
    void tabSeparatedTextASiteNamedXlsIsReadAsTheTableItIs() {
        byte[] tsv = "表1 部门收支预算总表\n项目\t预算数\t项目\t预算数\n收入总计\t12.50\t支出总计\t12.50\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        SourceDocument read = Documents.read("公开表.xls", tsv);
        assertThat(read.blocks().get(1)).isInstanceOf(Block.Grid.class);
        assertThat(((Block.Grid) read.blocks().get(1)).rows().get(1)).containsExactly("收入总计", "12.50", "支出总计", "12.50");
    }

    @Test
    void anRtfSavedAsDocIsRefusedAskingForDocx() {
        byte[] rtf = "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 宋体;}} 一、部门职责}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Documents.read("说明.doc", rtf)).isInstanceOf(ImportException.class)
                .hasMessageContaining("说明.doc").hasMessageContaining("RTF").hasMessageContaining(".docx");
    }

    @Test
    void aDamagedWordFileIsRefusedNamingIt() throws IOException {
        byte[] damaged = java.util.Arrays.copyOf(word97(), 4096);
        assertThatThrownBy(() -> Documents.read("损坏.doc", damaged)).isInstanceOf(ImportException.class).hasMessageContaining("损坏.doc");
    }

    private static byte[] compound(String... streams) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String stream : streams) {
                fs.createDocument(new ByteArrayInputStream(new byte[64]), stream);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] word97() throws IOException {
        try (InputStream in = Office97Test.class.getResourceAsStream("/office97/budget-word97.doc")) {
            return in.readAllBytes();
        }
    }

}
