package dev.bulwark.store;

/** A database failure the store could not handle: the database is unreachable, full, locked or corrupt. */
public final class StoreException extends RuntimeException {
    /** A failure with the message saying what the store was doing and the driver's cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure found by the store itself. */
    public StoreException(String message) {
        super(message);
    }
}
