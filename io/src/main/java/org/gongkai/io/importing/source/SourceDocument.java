package org.gongkai.io.importing.source;

import java.util.List;

/**
 * What every reader produces: the document's blocks in reading order, its name for messages, and which of its pages
 * were read by OCR ({@link OcrReading#NONE} for a document read from its text).
 */
public record SourceDocument(String name, List<Block> blocks, OcrReading ocr) {

    public SourceDocument {
        blocks = List.copyOf(blocks);
        ocr = ocr == null ? OcrReading.NONE : ocr;
    }

    public SourceDocument(String name, List<Block> blocks) {
        this(name, blocks, OcrReading.NONE);
    }
}
