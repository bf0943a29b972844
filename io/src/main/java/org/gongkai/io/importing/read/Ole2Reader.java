package org.gongkai.io.importing.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * An OLE2 compound file (the Office 97–2003 container) read by what it holds, not by its name: a WordDocument stream
 * is Word (.doc, WPS text .wps), a Workbook or Book stream is Excel (.xls, WPS spreadsheet .et). An encrypted file or
 * any other compound file (PowerPoint, Outlook) is refused saying what it is.
 */
final class Ole2Reader {

    private Ole2Reader() {
    }

    static SourceDocument read(String name, byte[] bytes) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ImportException(name + "：文件已加密（设置了打开密码），无法读取；请去掉密码后再导入");
            }
            if (root.hasEntry("WordDocument")) {
                return DocReader.read(name, root);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                try {
                    return XlsxReader.readXls(name, new HSSFWorkbook(root, true));
                } catch (OldExcelFormatException old) {
                    throw new ImportException(name + "：是 Excel 5.0/95 或更早的工作簿，无法读取；请用 Excel 或 WPS 另存为 .xls 或 .xlsx 后再导入", old);
                }
            }
            throw new ImportException(name + "：是 Office 97–2003 复合文档，但既不是 Word 文档也不是 Excel 工作簿（其中有："
                    + String.join("、", entries(root)) + "）");
        }
    }

    private static List<String> entries(DirectoryNode root) {
        List<String> names = new ArrayList<>();
        for (Entry entry : root) {
            if (names.size() < 6) {
                names.add(entry.getName().replaceAll("\\p{Cntrl}", ""));
            }
        }
        return names;
    }
}
