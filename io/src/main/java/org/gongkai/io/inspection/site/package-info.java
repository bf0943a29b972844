/** A saved website (a mirror folder or a WARC file) as inspection input, and a polite fetcher that saves one. */
package org.gongkai.io.inspection.site;
