package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** A department's 整改清单 as a Word document, A4 landscape (eight columns). */
public final class RectificationDocx {

    private RectificationDocx() {
    }

    public static void write(LocatedFindings.Document document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            CTSectPr section = docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            Word.paragraph(docx, Rectification.title(document), 16, true, true);
            Word.paragraph(docx, Rectification.header(document), 11, false, false);
            Word.table(docx, Rectification.COLUMNS, Rectification.rows(document), 9);
            docx.write(out);
        }
    }
}
