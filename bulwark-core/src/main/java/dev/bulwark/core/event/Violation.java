package dev.bulwark.core.event;

import java.util.Objects;

/** One reason an input was refused: the JSON pointer of the offending field and why. */
public record Violation(String field, String reason) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
