package dev.bulwark.core.event;

import java.util.List;

/** The outcome of validating one candidate event: the accepted event or the reasons it was refused. */
public sealed interface Validation {
    /** The candidate is a well-formed event of a known type. */
    record Valid(Event event) implements Validation {
    }

    /** The candidate was refused; at least one violation says why. */
    record Invalid(List<Violation> violations) implements Validation {
        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs a violation");
            }
        }
    }
}
