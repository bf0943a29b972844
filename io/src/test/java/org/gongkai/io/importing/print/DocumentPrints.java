package org.gongkai.io.importing.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Prints of the document as a whole: its tables in another order, the explanation before them or left out (a
 * tables-only file), and the tables' amounts in 元 or with thousands separators, their zeros written out.
 */
final class DocumentPrints {

    private DocumentPrints() {
    }

    /** The tables shuffled among the places tables stand. */
    static PrintedDocument shuffled(PrintedDocument document, Random random) {
        List<Sheet> sheets = new ArrayList<>(document.allSheets());
        Collections.shuffle(sheets, random);
        List<PrintedDocument.Piece> pieces = new ArrayList<>();
        int next = 0;
        for (PrintedDocument.Piece piece : document.pieces()) {
            pieces.add(piece instanceof Sheet ? sheets.get(next++) : piece);
        }
        return new PrintedDocument(pieces);
    }

    /** The explanation (from its part heading 「二、…情况说明」) printed before the tables. */
    static PrintedDocument explanationFirst(PrintedDocument document) {
        int at = explanation(document);
        if (at == document.pieces().size()) {
            return document;
        }
        List<PrintedDocument.Piece> pieces = new ArrayList<>(document.pieces().subList(0, 1));
        pieces.addAll(document.pieces().subList(at, document.pieces().size()));
        pieces.addAll(document.pieces().subList(1, at));
        return new PrintedDocument(pieces);
    }

    /** The tables alone, under the cover title (a tables file published apart from its explanation). */
    static PrintedDocument tablesOnly(PrintedDocument document) {
        return new PrintedDocument(document.pieces().subList(0, explanation(document)));
    }

    /** Where the explanation part begins; the end when there is none (a tables-only print). */
    private static int explanation(PrintedDocument document) {
        for (int i = 0; i < document.pieces().size(); i++) {
            if (document.pieces().get(i) instanceof PrintedDocument.Line line && line.text().startsWith("二、")
                    && line.text().endsWith("情况说明")) {
                return i;
            }
        }
        return document.pieces().size();
    }

    /** Amounts in 元 (单位：元), to the 分. */
    static PrintedDocument inYuan(PrintedDocument document) {
        return document.sheets(sheet -> sheet.withHeads(sheet.heads().withUnit("元"))
                .withMoney(new Sheet.Money(new BigDecimal("10000"), sheet.money().thousands(), sheet.money().zero())));
    }

    static PrintedDocument thousands(PrintedDocument document) {
        return document.sheets(sheet -> sheet.withMoney(new Sheet.Money(sheet.money().factor(), true, sheet.money().zero())));
    }

    /** A zero written as {@code zero} ("0.00", "-") where Gongkai leaves the cell blank. */
    static PrintedDocument zeros(PrintedDocument document, String zero) {
        return document.sheets(sheet -> sheet.withMoney(new Sheet.Money(sheet.money().factor(), sheet.money().thousands(), zero)));
    }
}
