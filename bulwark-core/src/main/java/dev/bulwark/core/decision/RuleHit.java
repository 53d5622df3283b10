package dev.bulwark.core.decision;

import java.util.Objects;
import java.util.Optional;

/** A rule that matched an event: which rule, why (its reason code), and what it contributed. */
public record RuleHit(String ruleId, String reasonCode, Severity severity, double score, Optional<Outcome> outcome) {
    public RuleHit {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(outcome, "outcome");
    }
}
