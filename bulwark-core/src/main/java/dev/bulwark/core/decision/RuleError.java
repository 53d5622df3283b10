package dev.bulwark.core.decision;

import java.util.Objects;

/** A rule that could not be evaluated for an event (a missing field, a bad type); the decision went on without it. */
public record RuleError(String ruleId, String message) {
    public RuleError {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
    }
}
