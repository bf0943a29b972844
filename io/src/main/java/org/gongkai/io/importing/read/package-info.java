/**
 * Stage one, bytes to blocks: one {@link org.gongkai.io.importing.read.DocumentReader} per format (text, web page,
 * DOCX, Word 97–2003, XLSX and XLS, PDF, images by OCR), asked in the order of {@link
 * org.gongkai.io.importing.read.Formats}, with their machinery (PDF rulings, HTML chrome, OCR layout) and the limits
 * every reader respects. Readers know nothing of recognition or the model.
 */
package org.gongkai.io.importing.read;
