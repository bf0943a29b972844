/**
 * Stage two, blocks to recognised tables and statements with their evidence: the document cut into parts ({@code
 * Segmenter}), each grid read against the official layouts ({@code LayoutTableReader}, {@code PublishedTableReader})
 * into a {@link org.gongkai.io.importing.recognise.ReadTable}, the explanation's sections, the projects, and what the
 * document is ({@link org.gongkai.io.importing.recognise.DocumentFacts}, {@link
 * org.gongkai.io.importing.recognise.DocumentNature}). It reads only the neutral source, never a format.
 */
package org.gongkai.io.importing.recognise;
