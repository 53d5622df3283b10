package dev.bulwark.core.error;

import dev.bulwark.core.event.Violation;
import java.util.List;

/** A domain error: something a caller asked for cannot be done, and the reason is theirs to fix. */
public abstract sealed class BulwarkException extends RuntimeException
        permits BulwarkException.NotFound, BulwarkException.Conflict, BulwarkException.Invalid, BulwarkException.Forbidden {

    BulwarkException(String message) {
        super(message, null, false, false);
    }

    /** The thing asked for does not exist. */
    public static final class NotFound extends BulwarkException {
        /** Names what was not found. */
        public NotFound(String message) {
            super(message);
        }
    }

    /** The request conflicts with the current state. */
    public static final class Conflict extends BulwarkException {
        /** Says what it conflicts with. */
        public Conflict(String message) {
            super(message);
        }
    }

    /** The input is not acceptable; each violation names a field and the reason. */
    public static final class Invalid extends BulwarkException {
        private final List<Violation> violations;

        /** An invalid input with its violations. */
        public Invalid(String message, List<Violation> violations) {
            super(message);
            this.violations = List.copyOf(violations);
        }

        /** An invalid input with one violation. */
        public Invalid(String field, String reason) {
            this(field + ": " + reason, List.of(new Violation(field, reason)));
        }

        /** What was wrong, field by field. */
        public List<Violation> violations() {
            return violations;
        }
    }

    /** The caller's role does not allow this. */
    public static final class Forbidden extends BulwarkException {
        /** Says what was refused. */
        public Forbidden(String message) {
            super(message);
        }
    }
}
