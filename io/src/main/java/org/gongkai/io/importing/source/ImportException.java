package org.gongkai.io.importing.source;

/** A document that cannot be imported at all (not a disclosure, unreadable, too large), with the reason in Chinese. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
