package org.gongkai.server.workflow;

/** An action the current status does not allow, with the reason in Chinese. */
public class IllegalTransition extends RuntimeException {

    public IllegalTransition(String message) {
        super(message);
    }
}
