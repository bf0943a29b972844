package org.gongkai.io.importing.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A disclosure as one finance department prints it, before it is laid out in a file format: lines of text, plain grids
 * (the explanation's tables) and the standard tables ({@link Sheet}), in reading order. Prints vary it; a
 * {@link Layout} lays it out as blocks.
 */
public record PrintedDocument(List<Piece> pieces) {

    public PrintedDocument {
        pieces = List.copyOf(pieces);
    }

    /** One piece of the document in reading order. */
    public sealed interface Piece permits Line, Grid, Sheet {
    }

    /** A line of text: a title, a heading, a paragraph. */
    public record Line(String text) implements Piece {
    }

    /** A plain grid printed as it is (units, projects, procurement, assets, glossary). */
    public record Grid(List<List<String>> rows) implements Piece {

        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The document with every standard table changed by {@code change}. */
    public PrintedDocument sheets(UnaryOperator<Sheet> change) {
        List<Piece> changed = new ArrayList<>();
        for (Piece piece : pieces) {
            changed.add(piece instanceof Sheet sheet ? change.apply(sheet) : piece);
        }
        return new PrintedDocument(changed);
    }

    public List<Sheet> allSheets() {
        return pieces.stream().filter(p -> p instanceof Sheet).map(p -> (Sheet) p).toList();
    }
}
