/**
 * Importing published disclosures: one reader per format (text, web page, DOCX, Word 97–2003, XLSX and XLS, PDF)
 * produces a neutral {@link org.gongkai.io.importing.source.SourceDocument}; one {@link org.gongkai.io.importing.Interpreter}
 * turns it into the model, the tables as published, and the list of what it did not understand.
 */
package org.gongkai.io.importing;
