/**
 * Batch inspection (预决算公开检查): many published documents read, checked and scored at once, with a
 * scorecard per document, a region summary, and reports as XLSX, HTML and JSON.
 */
package org.gongkai.io.inspection;
