package org.gongkai.server.api;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure is logged in full under a short reference that the caller is shown instead: SQL, constraint
 * and library messages stay in the log, and an operator can still find the one the user reports.
 */
public final class ErrorReference {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReference.class);

    private ErrorReference() {
    }

    public static String log(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("error {}", reference, e);
        return reference;
    }
}
