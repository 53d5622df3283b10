package dev.bulwark.app.node;

/** A node could not start for a reason the user can fix; the message says what. */
public final class StartupException extends RuntimeException {
    /** With the message to show the user. */
    public StartupException(String message) {
        super(message, null, false, false);
    }
}
