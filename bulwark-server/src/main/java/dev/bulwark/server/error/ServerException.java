package dev.bulwark.server.error;

import java.time.Duration;

/** An error of the server itself rather than of the domain: the caller may retry, shrink or authenticate. */
public abstract sealed class ServerException extends RuntimeException permits ServerException.Overloaded,
        ServerException.Unavailable, ServerException.TooLarge, ServerException.Unauthenticated,
        ServerException.DecisionFailed {

    ServerException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** The ingest queue is full; nothing of the request was accepted. */
    public static final class Overloaded extends ServerException {
        private final Duration retryAfter;

        /** Overload, with how long the caller should wait before retrying. */
        public Overloaded(String message, Duration retryAfter) {
            super(message, null);
            this.retryAfter = retryAfter;
        }

        /** How long to wait before retrying. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The server cannot take this now: recovering, shutting down, or stopped after a journal failure. */
    public static final class Unavailable extends ServerException {
        private final Duration retryAfter;

        /** Unavailability, with how long the caller should wait before retrying. */
        public Unavailable(String message, Duration retryAfter, Throwable cause) {
            super(message, cause);
            this.retryAfter = retryAfter;
        }

        /** How long to wait before retrying. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** The request body or batch is larger than allowed. */
    public static final class TooLarge extends ServerException {
        /** Says which limit was passed. */
        public TooLarge(String message) {
            super(message, null);
        }
    }

    /** The caller gave no valid credentials. */
    public static final class Unauthenticated extends ServerException {
        /** Says what was wrong with the credentials, never what they were. */
        public Unauthenticated(String message) {
            super(message, null);
        }
    }

    /** The decision path threw on an event; the event was not accepted and may be sent again. */
    public static final class DecisionFailed extends ServerException {
        /** Wraps what the decision path threw. */
        public DecisionFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
