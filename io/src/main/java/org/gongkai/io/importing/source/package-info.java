/**
 * The importer's neutral document: what every reader produces and every later stage reads — {@link
 * org.gongkai.io.importing.source.SourceDocument} of {@link org.gongkai.io.importing.source.Block}s (text and grids),
 * the OCR's reading, the text helpers that normalise a cell or a title, and the refusal and the unread part every stage
 * reports. It depends on no other stage.
 */
package org.gongkai.io.importing.source;
