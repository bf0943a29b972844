package org.gongkai.io.importing;

import java.util.List;

/** What every reader produces: the document's blocks in reading order, and its name for messages. */
public record SourceDocument(String name, List<Block> blocks) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
    }
}
