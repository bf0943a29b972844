/**
 * Exporting the publishable package: {@link org.gongkai.io.exporting.PackageContent} lays the disclosure out once,
 * in the official order; one writer per format (HTML, XLSX, DOCX, PDF, CSV, Fiscal Data Package) renders it.
 */
package org.gongkai.io.exporting;
